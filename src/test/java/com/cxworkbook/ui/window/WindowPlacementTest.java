package com.cxworkbook.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cxworkbook.persistence.WindowStateStore;
import com.cxworkbook.ui.window.WindowPlacement.Box;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the main window opens, for the screens facilitators have, without the toolkit. */
class WindowPlacementTest {

    private static final Box LAPTOP_1366 = new Box(0, 0, 1366, 728); // 1366×768 minus a 40 px task bar
    private static final Box LAPTOP_1280 = new Box(0, 0, 1280, 720);
    private static final Box PROJECTOR = new Box(1366, 0, 1920, 1080);

    @Test
    void aFirstWindowFitsTheVisibleAreaOfSmallScreensAndIsCentredOnLargeOnes() {
        assertEquals(
                new Box(43, 0, 1280, 728), WindowPlacement.initial(LAPTOP_1366), "never taller than the visible area");
        assertEquals(new Box(0, 0, 1280, 720), WindowPlacement.initial(LAPTOP_1280));
        assertEquals(new Box(1366 + 320, 140, 1280, 800), WindowPlacement.initial(PROJECTOR));
    }

    @Test
    void aRememberedWindowIsShrunkAndMovedOntoItsScreen() {
        Box tooBig = new Box(100, 50, 1600, 1000);
        assertEquals(new Box(0, 0, 1366, 728), WindowPlacement.restore(tooBig, List.of(LAPTOP_1366), LAPTOP_1366));
        Box hangingOffTheRight = new Box(900, 100, 800, 600);
        assertEquals(
                new Box(566, 100, 800, 600),
                WindowPlacement.restore(hangingOffTheRight, List.of(LAPTOP_1366), LAPTOP_1366));
    }

    @Test
    void aWindowLeftOnAProjectorThatIsGoneComesBackOnTheLaptop() {
        Box onProjector = new Box(1500, 100, 1600, 900);
        assertEquals(
                WindowPlacement.initial(LAPTOP_1366),
                WindowPlacement.restore(onProjector, List.of(LAPTOP_1366), LAPTOP_1366));
        assertEquals(
                onProjector,
                WindowPlacement.restore(onProjector, List.of(LAPTOP_1366, PROJECTOR), LAPTOP_1366),
                "with the projector still there it stays where it was");
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenIsBroughtBack() {
        Box titleBarHidden = new Box(100, -400, 800, 600);
        assertEquals(
                WindowPlacement.initial(LAPTOP_1366),
                WindowPlacement.restore(titleBarHidden, List.of(LAPTOP_1366), LAPTOP_1366));
    }

    @Test
    void theStoreKeepsOneWindowPerScreenAndForgetsNonsense(@TempDir Path home) throws Exception {
        WindowStateStore store = new WindowStateStore(home).load();
        store.put("1366x768_at_0_0", new WindowStateStore.State(10, 20, 1200, 700, false));
        store.put("1920x1080_at_1366_0", new WindowStateStore.State(1400, 0, 1920, 1080, true));
        store.save();
        WindowStateStore read = new WindowStateStore(home).load();
        assertEquals(
                new WindowStateStore.State(10, 20, 1200, 700, false),
                read.state("1366x768_at_0_0").orElseThrow());
        assertEquals(true, read.state("1920x1080_at_1366_0").orElseThrow().maximized());
        assertEquals("1920x1080_at_1366_0", read.lastScreen().orElseThrow());

        Files.writeString(
                home.resolve(WindowStateStore.FILE_NAME), "screen.a.x=NaN\nscreen.a.y=1\nscreen.a.width=-5\n");
        assertEquals(true, new WindowStateStore(home).load().state("a").isEmpty(), "a broken entry means first start");
    }
}
