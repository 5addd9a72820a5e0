package com.cxworkbook.testing;

import java.lang.ref.WeakReference;

/** Forces garbage collection until a weakly held object is gone (or clearly is not going). */
public final class Gc {

    private Gc() {}

    /** True when {@code ref} was cleared within a few collections. */
    public static boolean collected(WeakReference<?> ref) {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            // allocation pressure nudges collectors that treat System.gc() as a hint
            byte[][] garbage = new byte[64][];
            for (int j = 0; j < garbage.length; j++) {
                garbage[j] = new byte[64 * 1024];
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ref.get() == null;
    }

    /** Collects several times, for tests that something weakly held survives. */
    public static void collect() {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        collected(sentinel);
        System.gc();
    }
}
