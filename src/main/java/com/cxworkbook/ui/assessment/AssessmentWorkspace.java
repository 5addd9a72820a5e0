package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Rounds;
import com.cxworkbook.ui.gaps.GapWorksheetView;
import com.cxworkbook.ui.gaps.GapWorksheetViewModel;
import com.cxworkbook.ui.progress.ProgressView;
import com.cxworkbook.ui.progress.ProgressViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * What the centre shows for a selected assessment: one tab per screen (rating grid, gap worksheet, …).
 * Each screen's view is created here from the shared {@link AssessmentModel}.
 */
public class AssessmentWorkspace extends TabPane {

    private final AssessmentView ratingView;

    public AssessmentWorkspace(AssessmentModel model, WorkbookSession session) {
        setId("assessmentTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        ratingView = model.framework() == null ? null : new AssessmentView(model);
        getTabs()
                .add(tab(
                        "gridTab",
                        "Rating grid",
                        ratingView == null
                                ? placeholder("This assessment uses the framework \""
                                        + model.assessment().getFrameworkId()
                                        + "\", which this version of the app does not have. Its ratings are kept unchanged; "
                                        + "open the workbook in the app version that created it to rate it.")
                                : ratingView));
        // Built when first shown: a hidden tab's table still costs styling and layout, and the start
        // screen (the first assessment's grid) should not wait for it.
        Tab gaps = tab("gapTab", "Gap worksheet", null);
        gaps.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && gaps.getContent() == null) {
                gaps.setContent(gapWorksheet(model));
            }
        });
        getTabs().add(gaps);
        if (model.framework() != null && session != null && Rounds.hasRounds(session.workbook(), model.assessment())) {
            // rebuilt on every showing: ratings may have changed on the grid meanwhile
            Tab progress = tab("progressTab", "Progress", null);
            progress.selectedProperty().addListener((obs, was, selected) -> {
                if (selected) {
                    progress.setContent(new ProgressView(
                            new ProgressViewModel(session.workbook(), model.framework(), model.assessment())));
                }
            });
            getTabs().add(progress);
        }
    }

    /** Puts the keyboard on the grid's current row, so digits rate at once (e.g. after Enter on the home). */
    public void focusGrid() {
        if (ratingView != null) {
            ratingView.grid().focusCurrentRow();
        }
    }

    /** Shows the grid with the section's first item focused and scrolled into view (from the dashboard). */
    public void showSection(String sectionId) {
        getSelectionModel().select(0);
        if (ratingView != null) {
            ratingView.showSection(sectionId);
        }
    }

    /** Hides the rating form beside the grid (the room view) or shows it again. */
    public void hideForm(boolean hidden) {
        if (ratingView != null) {
            ratingView.hideForm(hidden);
        }
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    /** Every bundled scale has a maximum, so every known framework gets a worksheet. */
    private static Node gapWorksheet(AssessmentModel model) {
        if (model.framework() == null) {
            return placeholder(
                    "No gap worksheet: the framework of " + model.title() + " is not available in this app.");
        }
        return new GapWorksheetView(new GapWorksheetViewModel(model, LocalDate::now));
    }

    private static Node placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
