package com.cxworkbook.ui.main;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.dashboard.DashboardView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The centre when nothing is picked: the client's name, one way in ("Rate <first assessment>", Enter) and
 * the dashboard — results at a glance, a card per assessment. It is the first screen, so the part shown in
 * the first frame stays light (a heading, a line and a button); the dashboard is built on the FX thread
 * right after the first frame has been laid out, so it never delays the window (docs/PERFORMANCE.md).
 */
final class HomeView extends VBox {

    private final MainViewModel viewModel;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Button continueButton = new Button();
    private final ScrollPane dashboardScroll = new ScrollPane();
    private WorkbookSession dashboardFor;
    private boolean dashboardScheduled;
    private final InvalidationListener onAssessments = obs -> refresh();

    HomeView(MainViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setId("home");
        getStyleClass().add("home");
        title.setId("homeTitle");
        title.getStyleClass().add("home-title");
        summary.setId("homeSummary");
        summary.setWrapText(true);
        continueButton.setId("continueButton");
        continueButton.setDefaultButton(true);
        continueButton.setOnAction(e -> viewModel.continueRating());
        Label hint = new Label("Enter opens it · F5 starts facilitation mode · Ctrl+S saves the workbook");
        hint.getStyleClass().add("home-hint");
        dashboardScroll.setId("dashboardScroll");
        dashboardScroll.setFitToWidth(true);
        dashboardScroll.getStyleClass().add("dashboard-scroll");
        VBox.setVgrow(dashboardScroll, Priority.ALWAYS);
        getChildren().addAll(title, summary, continueButton, hint);
        sceneProperty().addListener((obs, old, scene) -> scheduleDashboard());
        // an assessment added, deleted or put back by undo while the home is shown
        viewModel.sessionProperty().addListener((obs, old, session) -> {
            if (old != null) {
                old.assessments().removeListener(onAssessments);
            }
            if (session != null) {
                session.assessments().addListener(onAssessments);
            }
        });
        if (viewModel.sessionProperty().get() != null) {
            viewModel.sessionProperty().get().assessments().addListener(onAssessments);
        }
        refresh();
    }

    /** After the next layout pulse, so the window shows the heading first and the cards a moment later. */
    private void scheduleDashboard() {
        Scene scene = getScene();
        if (scene == null || dashboardScheduled) {
            return;
        }
        dashboardScheduled = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            // the scene walks its listener list while calling us: remove it afterwards
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(once[0]);
                dashboardScheduled = false;
                buildDashboard();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void buildDashboard() {
        WorkbookSession session = viewModel.sessionProperty().get();
        if (session == dashboardFor && showsEveryAssessment()) {
            return;
        }
        dashboardFor = session;
        if (session == null || scorable() == 0) {
            getChildren().remove(dashboardScroll);
            dashboardScroll.setContent(null);
            return;
        }
        dashboardScroll.setContent(new DashboardView(viewModel.assessments(), viewModel::openSection));
        if (!getChildren().contains(dashboardScroll)) {
            getChildren().add(dashboardScroll);
        }
    }

    /** Reads the workbook again; called whenever the home is shown. */
    void refresh() {
        WorkbookSession session = viewModel.sessionProperty().get();
        AssessmentModel next = viewModel.continueWith();
        title.setText(session == null ? "No workbook open" : heading(session));
        int count = viewModel.assessments().size();
        if (session == null) {
            summary.setText("Open a workbook or start a new one from the File menu.");
        } else if (next == null) {
            summary.setText(
                    count == 0
                            ? "This workbook has no assessments yet. Add one with \"Add assessment…\" on the left."
                            : "None of this workbook's assessments uses a framework this app has.");
        } else {
            summary.setText((count == 1 ? "One assessment" : count + " assessments")
                    + " in this workbook. Pick one on the left to rate it, or carry on with the first:");
        }
        continueButton.textProperty().unbind();
        if (next == null) {
            continueButton.setText("");
        } else {
            continueButton.textProperty().bind(Bindings.concat("Rate ", next.titleProperty()));
        }
        continueButton.setVisible(next != null);
        continueButton.setManaged(next != null);
        if (session != dashboardFor || !showsEveryAssessment()) {
            scheduleDashboard();
        }
    }

    /** Assessments the dashboard shows: those whose framework this app has. */
    private int scorable() {
        return (int) viewModel.assessments().stream()
                .filter(a -> a.framework() != null)
                .count();
    }

    /** Whether the dashboard has a card for each assessment it should show, in order (none deleted or added since). */
    private boolean showsEveryAssessment() {
        List<AssessmentModel> wanted = viewModel.assessments().stream()
                .filter(a -> a.framework() != null)
                .toList();
        if (dashboardScroll.getContent() instanceof DashboardView view) {
            return view.assessments().equals(wanted);
        }
        return wanted.isEmpty();
    }

    /** The client's name (what the room calls this workbook), else the file's. */
    static String heading(WorkbookSession session) {
        Workbook workbook = session.workbook();
        String client = workbook.getClient();
        return client == null || client.isBlank() ? session.name() : client;
    }

    Button continueButton() {
        return continueButton;
    }
}
