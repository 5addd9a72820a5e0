package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class TextLayoutSpeedupTest {

    // Tests run JavaFX from the class path, so its packages are open to us as they are to the installed app
    // through --add-opens.
    @Test
    @SuppressWarnings("deprecation") // isAccessible() is the only way to read the flag the speed-up sets
    void marksJavaFxsReflectiveIsIdeographicCallAccessible() throws Exception {
        Field field = Class.forName(TextLayoutSpeedup.CLASS).getDeclaredField(TextLayoutSpeedup.FIELD);
        field.setAccessible(true);
        Method method = (Method) field.get(null);
        assertEquals(Character.class, method.getDeclaringClass(), "JavaFX still calls Character.isIdeographic");
        method.setAccessible(false);
        assertFalse(method.isAccessible());

        assertTrue(TextLayoutSpeedup.apply());

        assertTrue(method.isAccessible(), "the access check (a stack walk per character) is skipped");
        assertTrue((boolean) method.invoke(null, (int) '漢'), "the call still answers as before");
        assertFalse((boolean) method.invoke(null, (int) 'a'));
    }
}
