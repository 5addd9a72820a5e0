package com.cxworkbook.ui;

import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.main.MainView;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main window as the app shows it (1280×720, app.css), for TestFX tests that start on an assessment's grid. */
public final class MainWindowFixture {

    private MainWindowFixture() {}

    /** Shows {@code workbook} and opens its first assessment, as Enter on the home screen does. */
    public static MainView showWithFirstAssessmentOpen(Stage stage, Workbook workbook) {
        return showWithFirstAssessmentOpen(stage, workbook, 1280, 720);
    }

    /** The same in a window of {@code width} × {@code height} (a laptop's or a projector's screen). */
    public static MainView showWithFirstAssessmentOpen(Stage stage, Workbook workbook, double width, double height) {
        MainViewModel vm = new MainViewModel();
        MainView view = showHome(stage, vm, workbook, width, height);
        vm.continueRating();
        return view;
    }

    /** Shows {@code workbook} on its home, as the app starts, in a window of {@code width} × {@code height}. */
    public static MainView showHome(Stage stage, MainViewModel vm, Workbook workbook, double width, double height) {
        MainView view = new MainView(vm, () -> {});
        Scene scene = styledScene(view, width, height);
        // TestFX shares one stage across test classes: undo what an earlier test did to it (full screen, a
        // projector-sized window) so this one starts as a plain window of the asked size on the screen
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        vm.loaded(Frameworks.catalog(), workbook, "Test");
        return view;
    }

    /** A scene of {@code root} with the app's stylesheet, as the app shows its screens. */
    public static Scene styledScene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets()
                .add(Objects.requireNonNull(MainView.class.getResource("/com/cxworkbook/ui/app.css"))
                        .toExternalForm());
        return scene;
    }

    /** On the screen: the node is in a scene and neither it nor any parent is hidden. */
    public static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
