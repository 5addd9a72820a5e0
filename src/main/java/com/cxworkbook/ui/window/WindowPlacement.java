package com.cxworkbook.ui.window;

import java.util.List;

/**
 * Where the main window goes, worked out without the toolkit so it can be tested for any screen layout:
 * a first window fits the screen's visible area (never larger, centred); a remembered one is shrunk to the
 * screen it is on and moved back onto the screen when it would be off every screen (a projector that is no
 * longer plugged in).
 */
public final class WindowPlacement {

    /** The size a first window asks for; smaller screens get their whole visible area. */
    public static final double PREFERRED_WIDTH = 1280;

    public static final double PREFERRED_HEIGHT = 800;
    /** How much of a window's title bar must be on a screen for it to count as reachable. */
    static final double MIN_VISIBLE = 80;

    private WindowPlacement() {}

    /** A rectangle in screen coordinates. */
    public record Box(double x, double y, double width, double height) {

        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        boolean contains(double px, double py) {
            return px >= x && px < maxX() && py >= y && py < maxY();
        }

        /** Area shared with {@code other}, 0 when they do not meet. */
        double overlap(Box other) {
            double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
            double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }
    }

    /** A first window on a screen whose visible area (without task bar and dock) is {@code visible}. */
    public static Box initial(Box visible) {
        double width = Math.min(PREFERRED_WIDTH, visible.width());
        double height = Math.min(PREFERRED_HEIGHT, visible.height());
        return new Box(
                visible.x() + (visible.width() - width) / 2,
                visible.y() + (visible.height() - height) / 2,
                width,
                height);
    }

    /**
     * A remembered window made to fit: on the screen it overlaps most (else {@code fallback}), no larger than
     * that screen's visible area, and with its top edge (title bar, menu bar) inside it.
     */
    public static Box restore(Box saved, List<Box> visibleScreens, Box fallback) {
        Box screen = screenOf(saved, visibleScreens);
        if (screen == null) {
            screen = fallback;
        }
        boolean reachable = visibleScreens.stream().anyMatch(s -> titleBarVisible(saved, s));
        if (!reachable) {
            return initial(screen);
        }
        double width = Math.min(saved.width(), screen.width());
        double height = Math.min(saved.height(), screen.height());
        double x = clamp(saved.x(), screen.x(), screen.maxX() - width);
        double y = clamp(saved.y(), screen.y(), screen.maxY() - height);
        return new Box(x, y, width, height);
    }

    /** The screen a window overlaps most, null when it overlaps none. */
    public static Box screenOf(Box window, List<Box> screens) {
        Box best = null;
        double bestArea = 0;
        for (Box screen : screens) {
            double area = screen.overlap(window);
            if (area > bestArea) {
                best = screen;
                bestArea = area;
            }
        }
        return best;
    }

    private static boolean titleBarVisible(Box window, Box screen) {
        Box titleBar = new Box(window.x(), window.y(), window.width(), 1);
        double shared = Math.min(titleBar.maxX(), screen.maxX()) - Math.max(titleBar.x(), screen.x());
        return shared >= Math.min(MIN_VISIBLE, window.width())
                && window.y() >= screen.y()
                && window.y() < screen.maxY();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
