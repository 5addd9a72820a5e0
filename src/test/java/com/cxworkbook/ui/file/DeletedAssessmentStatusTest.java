package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.main.AssessmentActionsViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delete is told in the file status line as the app wires it, and the message goes when it is undone. */
class DeletedAssessmentStatusTest {

    @TempDir
    Path home;

    @Test
    void theStatusLineSaysWhatWasDeletedUntilItIsUndone() {
        MainViewModel main = new MainViewModel();
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        FileViewModel files = new FileViewModel(
                main,
                new FakeDialogs(),
                FileViewModelTest.INLINE,
                new SettingsStore(home),
                new RecoveryStore(home, "1@this-run"),
                Clock.systemUTC());
        AssessmentActionsViewModel actions = new AssessmentActionsViewModel(main);
        actions.reportTo(files::report);
        AssessmentModel first = main.assessments().get(0);
        String title = first.title();

        actions.delete(first);
        assertTrue(
                files.statusProperty().get().startsWith("Deleted “" + title + "”"),
                "status: " + files.statusProperty().get());
        assertTrue(files.statusProperty().get().endsWith("Edit › Undo brings it back."));
        assertEquals(StatusKind.INFO, files.statusKindProperty().get());

        main.sessionProperty().get().history().undo();
        assertEquals("", files.statusProperty().get(), "it no longer holds once the delete is undone");
        assertEquals(first, main.assessments().get(0));
    }
}
