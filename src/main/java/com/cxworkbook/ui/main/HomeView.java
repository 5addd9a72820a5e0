package com.cxworkbook.ui.main;

import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The centre when nothing is picked: the open workbook's name and one way in, "Rate <first assessment>"
 * (Enter). It is the first screen, so it stays light: every control on it is styled and laid out before the
 * window can appear. The outline on the left already lists the assessments with their live results.
 */
final class HomeView extends VBox {

    private final MainViewModel viewModel;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Button continueButton = new Button();

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
        getChildren().addAll(title, summary, continueButton, hint);
        refresh();
    }

    /** Reads the workbook again; called whenever the home is shown. */
    void refresh() {
        WorkbookSession session = viewModel.sessionProperty().get();
        AssessmentModel next = viewModel.continueWith();
        title.setText(session == null ? "No workbook open" : session.name());
        int count = viewModel.assessments().size();
        if (session == null) {
            summary.setText("Open a workbook or start a new one from the File menu.");
        } else if (next == null) {
            summary.setText(count == 0
                    ? "This workbook has no assessments yet. Add one with \"Add assessment…\" on the left."
                    : "None of this workbook's assessments uses a framework this app has.");
        } else {
            summary.setText((count == 1 ? "One assessment" : count + " assessments")
                    + " in this workbook. Pick one on the left to rate it, or carry on with the first:");
        }
        continueButton.setText(next == null ? "" : "Rate " + next.title());
        continueButton.setVisible(next != null);
        continueButton.setManaged(next != null);
    }

    Button continueButton() {
        return continueButton;
    }
}
