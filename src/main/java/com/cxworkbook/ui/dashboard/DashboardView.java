package com.cxworkbook.ui.dashboard;

import com.cxworkbook.domain.SectionProfile;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.layout.FlowPane;

/**
 * The workbook's results at a glance, one card per assessment the app can score. Built after the first
 * frame (see HomeView), so it never delays the window.
 */
public class DashboardView extends FlowPane {

    private final List<AssessmentModel> shown = new ArrayList<>();

    public DashboardView(List<AssessmentModel> assessments, BiConsumer<AssessmentModel, SectionProfile> openSection) {
        super(16, 16);
        setId("dashboard");
        getStyleClass().add("dashboard");
        int index = 0;
        for (AssessmentModel model : assessments) {
            if (model.framework() != null) {
                getChildren().add(new DashboardCardView(model, index++, openSection));
                shown.add(model);
            }
        }
    }

    /** The assessments that have a card, in order. */
    public List<AssessmentModel> assessments() {
        return List.copyOf(shown);
    }
}
