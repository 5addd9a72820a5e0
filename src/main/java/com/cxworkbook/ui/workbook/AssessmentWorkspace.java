package com.cxworkbook.ui.workbook;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * What the centre shows for a selected assessment: one tab per screen (rating grid, gap worksheet, …).
 * Each screen's view is created here from the shared {@link AssessmentModel}.
 */
public class AssessmentWorkspace extends TabPane {

    public AssessmentWorkspace(AssessmentModel model, WorkbookSession session) {
        setId("assessmentTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().add(tab("gridTab", "Rating grid", placeholder("The rating grid for " + model.title())));
        getTabs().add(tab("gapTab", "Gap worksheet", placeholder("The gap worksheet for " + model.title())));
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    private static Node placeholder(String text) {
        return new Label(text);
    }
}
