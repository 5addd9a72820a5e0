package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.Optional;

/** "Add assessment…": asks which framework, adds it to the open workbook (undoable) and selects it. */
public final class AddAssessment {

    private final MainViewModel main;

    public AddAssessment(MainViewModel main) {
        this.main = main;
    }

    public Optional<AssessmentModel> run(DialogService dialogs) {
        WorkbookSession session = main.sessionProperty().get();
        if (session == null) {
            dialogs.showError("No workbook open", "Open or create a workbook first, then add an assessment to it.");
            return Optional.empty();
        }
        if (session.catalog() == null || session.catalog().frameworks().isEmpty()) {
            dialogs.showError(
                    "No frameworks available",
                    "No framework could be loaded, so there is nothing to assess against. "
                            + "The status line at the bottom of the window says which files failed and why.");
            return Optional.empty();
        }
        Optional<Framework> framework = dialogs.choose(
                "Add assessment",
                "Which framework should the new assessment use?",
                session.catalog().frameworks(),
                Framework::name);
        if (framework.isEmpty()) {
            return Optional.empty();
        }
        AssessmentModel model = session.addAssessment(new Assessment(framework.get()));
        main.selectedAssessmentProperty().set(model);
        return Optional.of(model);
    }
}
