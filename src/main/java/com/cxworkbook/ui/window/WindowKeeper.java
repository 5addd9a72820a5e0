package com.cxworkbook.ui.window;

import com.cxworkbook.persistence.WindowStateStore;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Places the main window when it opens (fitting the screen's visible area, or as it was last time on that
 * screen) and remembers its size, position and maximised state per screen when it closes.
 */
public final class WindowKeeper {

    private final Stage stage;
    private final WindowStateStore store;
    /** The last bounds while neither maximised nor full screen: what "restore" goes back to. */
    private WindowPlacement.Box normal;

    private WindowKeeper(Stage stage, WindowStateStore store) {
        this.stage = stage;
        this.store = store;
    }

    /** Sizes and positions {@code stage} (call before it is shown) and starts tracking it. */
    public static WindowKeeper place(Stage stage, WindowStateStore store) {
        WindowKeeper keeper = new WindowKeeper(stage, store);
        keeper.placeNow();
        keeper.track();
        return keeper;
    }

    private void placeNow() {
        List<Screen> screens = Screen.getScreens();
        Screen screen = store.lastScreen()
                .flatMap(key -> screens.stream().filter(s -> key(s).equals(key)).findFirst())
                .orElse(Screen.getPrimary());
        Optional<WindowStateStore.State> saved = store.state(key(screen));
        WindowPlacement.Box box;
        boolean maximized = false;
        if (saved.isPresent()) {
            WindowStateStore.State s = saved.get();
            box = WindowPlacement.restore(
                    new WindowPlacement.Box(s.x(), s.y(), s.width(), s.height()),
                    screens.stream().map(sc -> box(sc.getVisualBounds())).toList(),
                    box(screen.getVisualBounds()));
            maximized = s.maximized();
        } else {
            box = WindowPlacement.initial(box(screen.getVisualBounds()));
        }
        stage.setX(box.x());
        stage.setY(box.y());
        stage.setWidth(box.width());
        stage.setHeight(box.height());
        stage.setMaximized(maximized);
        normal = box;
    }

    private void track() {
        Runnable remember = () -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified() && stage.getWidth() > 0) {
                normal = new WindowPlacement.Box(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((obs, old, now) -> remember.run());
        stage.yProperty().addListener((obs, old, now) -> remember.run());
        stage.widthProperty().addListener((obs, old, now) -> remember.run());
        stage.heightProperty().addListener((obs, old, now) -> remember.run());
    }

    /** Remembers the window for the screen it is on now; a failed write only costs the convenience. */
    public void save() {
        if (normal == null) {
            return;
        }
        Screen screen = screenOf(normal);
        store.put(
                key(screen),
                new WindowStateStore.State(
                        normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized()));
        try {
            store.save();
        } catch (IOException | RuntimeException e) {
            // next start simply fits the window to the screen again
        }
    }

    private static Screen screenOf(WindowPlacement.Box window) {
        List<Screen> screens = Screen.getScreens();
        WindowPlacement.Box best = WindowPlacement.screenOf(
                window, screens.stream().map(s -> box(s.getBounds())).toList());
        return screens.stream()
                .filter(s -> box(s.getBounds()).equals(best))
                .findFirst()
                .orElse(Screen.getPrimary());
    }

    /** A screen is known by its size and place, so a laptop and a projector each keep their own window. */
    static String key(Screen screen) {
        Rectangle2D b = screen.getBounds();
        return (int) b.getWidth() + "x" + (int) b.getHeight() + "_at_" + (int) b.getMinX() + "_" + (int) b.getMinY();
    }

    private static WindowPlacement.Box box(Rectangle2D r) {
        return new WindowPlacement.Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
