package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.MainViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring recovered work tells what opening the file would tell: changed frameworks, values off the scale. */
class RecoveryRestoreTest {

    @TempDir
    Path home;

    @Test
    void restoringShowsTheFrameworkChangeReportAndOutOfRangeRatings() throws Exception {
        Workbook lost = StartupData.readSample();
        Assessment unknown = new Assessment();
        unknown.setFrameworkId("cx-2030");
        unknown.setTitle("CX 2030");
        lost.getAssessments().add(unknown);
        lost.getAssessments().get(0).rate("organizational-alignment", Rating.of(99));
        new RecoveryStore(home, "1@crashed")
                .save(new WorkbookStore().toBytes(lost), null, "lost.cxwb", Instant.parse("2026-11-23T10:00:00Z"));

        MainViewModel main = new MainViewModel();
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        FakeDialogs dialogs = new FakeDialogs();
        FileViewModel next = new FileViewModel(
                main,
                dialogs,
                FileViewModelTest.INLINE,
                new SettingsStore(home),
                new RecoveryStore(home, "2@next"),
                Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC));
        next.checkForRecovery();
        next.restoreRecovery();

        assertEquals(1, dialogs.infos.size(), dialogs.infos.toString());
        String report = dialogs.infos.get(0);
        assertTrue(
                report.startsWith("Restored lost.cxwb with changes to note: “CX 2030” uses the framework cx-2030"),
                report);
        assertTrue(
                report.contains(
                        "1 value is outside the framework's scale ($.assessments[0].ratings.organizational-alignment is 99)"),
                report);
        var left = new RecoveryStore(home, "3@later").findAll();
        assertEquals(1, left.size(), "the crashed instance's copy is gone once the restored work has its own");
        assertEquals("2@next", left.get(0).info().writtenBy());
    }
}
