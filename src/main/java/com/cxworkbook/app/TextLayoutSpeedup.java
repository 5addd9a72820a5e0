package com.cxworkbook.app;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;

/**
 * Works around a start-up cost in JavaFX 21's text layout. {@code com.sun.javafx.text.GlyphLayout} calls
 * {@code Character.isIdeographic} through reflection (a leftover from Android's JDK 6) once for every
 * character it lays out, and every reflective call first asks the JVM for its caller's class, a stack walk.
 * Before the JIT has compiled that path, this was about a fifth of the FX thread's start-up time in a
 * profile (docs/PERFORMANCE.md). Marking the {@link Method} accessible skips the access check; the method
 * called and its result are unchanged.
 *
 * <p>Needs {@code --add-opens=javafx.graphics/com.sun.javafx.text=ALL-UNNAMED} when JavaFX is on the module
 * path (the installed app, {@code mvn javafx:run}). Without it, or on a JavaFX that no longer has the field,
 * nothing changes: text is laid out exactly as before, only slower.
 */
final class TextLayoutSpeedup {

    static final String CLASS = "com.sun.javafx.text.GlyphLayout";
    static final String FIELD = "isIdeographicMethod";

    private TextLayoutSpeedup() {}

    /** @return true when the speed-up is in place */
    static boolean apply() {
        try {
            Field field = Class.forName(CLASS, false, TextLayoutSpeedup.class.getClassLoader())
                    .getDeclaredField(FIELD);
            field.setAccessible(true);
            Object method = field.get(null);
            if (!(method instanceof Method)) {
                return false;
            }
            ((Method) method).setAccessible(true);
            return true;
        } catch (ReflectiveOperationException | InaccessibleObjectException | SecurityException | LinkageError e) {
            return false;
        }
    }
}
