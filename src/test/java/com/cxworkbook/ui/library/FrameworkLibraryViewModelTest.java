package com.cxworkbook.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.FrameworkTemplateReader;
import com.cxworkbook.export.TemplateFiller;
import com.cxworkbook.export.TemplateImport;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.file.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's view-model without a toolkit: the offer to add a workbook's frameworks, and the template entries. */
class FrameworkLibraryViewModelTest {

    static final Background INLINE = new Background() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();
    private boolean answer;
    private Path saveTarget;

    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String title, String message) {
            asked.add("error: " + message);
        }

        @Override
        public void showInformation(String title, String message) {
            asked.add("info: " + message);
        }

        @Override
        public boolean confirm(String title, String message, String okLabel) {
            asked.add(okLabel + ": " + message);
            return answer;
        }

        @Override
        public Optional<Path> chooseSaveFile(
                String title, Path folder, String suggestedName, String description, String pattern) {
            asked.add("save " + suggestedName);
            return Optional.ofNullable(saveTarget);
        }
    };

    private Framework acme() throws Exception {
        TemplateImport read = FrameworkTemplateReader.read(
                TemplateFiller.blankEdited(dir.resolve("acme.xlsx"), TemplateFiller::acme));
        return read.framework();
    }

    private Workbook carrying(Framework framework) throws Exception {
        Workbook workbook = new Workbook();
        Assessment assessment = new Assessment(framework);
        assessment.setId("a1");
        workbook.getAssessments().add(assessment);
        workbook.getFrameworks().add(framework);
        Path file = dir.resolve("w.cxwb");
        new WorkbookStore().write(workbook, file);
        return new WorkbookStore().read(file);
    }

    @Test
    void openingAWorkbookThatCarriesAnUnknownFrameworkOffersToAddIt() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        MainViewModel main = new MainViewModel();
        new FrameworkLibraryViewModel(main, dialogs, INLINE, home);
        answer = true;
        main.loaded(FrameworkCatalog.load(home), carrying(acme()), "w.cxwb");

        assertEquals(1, asked.size(), asked.toString());
        assertTrue(
                asked.get(0)
                        .startsWith(
                                "Add to library: This workbook carries a framework your library does not have."
                                        + " It opens, rates and exports either way.\n\n• Acme CX Maturity 1.0 (5 items in 2 sections) is new to the library."),
                asked.get(0));
        assertTrue(Files.isRegularFile(home.resolve("frameworks/acme-cx.json")));
        assertTrue(main.frameworks().stream().anyMatch(r -> r.framework().id().equals("acme-cx")));
        assertFalse(main.assessments().isEmpty(), "the assessment was rateable before and after");
    }

    @Test
    void anOlderVersionCarriedByAWorkbookIsKeptBesideTheCurrentOneNotMadeCurrent() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Framework v1 = acme();
        Framework v2 = new Framework(
                v1.id(),
                "2.0",
                v1.name(),
                v1.publisher(),
                v1.source(),
                v1.description(),
                v1.scale(),
                v1.levels(),
                v1.sections(),
                v1.scoring(),
                v1.recommendations());
        new com.cxworkbook.persistence.UserFrameworks(home).install(v2);
        MainViewModel main = new MainViewModel();
        new FrameworkLibraryViewModel(main, dialogs, INLINE, home);
        answer = true;
        main.loaded(FrameworkCatalog.load(home), carrying(v1), "w.cxwb");
        assertTrue(
                asked.get(0)
                        .contains("• Acme CX Maturity 1.0: kept beside your version 2.0 for workbooks rated on it."),
                asked.get(0));
        FrameworkCatalog after = FrameworkCatalog.load(home);
        assertEquals("2.0", after.find("acme-cx").orElseThrow().version(), "still current");
        assertEquals(v1, after.find("acme-cx", "1.0").orElseThrow());
        assertEquals(null, main.selectedFrameworkProperty().get(), "the workbook stays in view");
    }

    @Test
    void decliningLeavesTheLibraryAloneButTheWorkbookStillRates() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        MainViewModel main = new MainViewModel();
        new FrameworkLibraryViewModel(main, dialogs, INLINE, home);
        answer = false;
        main.loaded(FrameworkCatalog.load(home), carrying(acme()), "w.cxwb");
        assertEquals(1, asked.size());
        assertFalse(Files.exists(home.resolve("frameworks")));
        assertEquals("acme-cx", main.assessments().get(0).framework().id());
    }

    @Test
    void aWorkbookOfBundledFrameworksAsksNothing() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        MainViewModel main = new MainViewModel();
        new FrameworkLibraryViewModel(main, dialogs, INLINE, home);
        main.loaded(FrameworkCatalog.load(home), com.cxworkbook.app.StartupData.readSample(), "sample");
        assertEquals(List.of(), asked);
    }

    @Test
    void newTemplateWritesTheExampleWhereTheUserChose() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        MainViewModel main = new MainViewModel();
        FrameworkLibraryViewModel library = new FrameworkLibraryViewModel(main, dialogs, INLINE, home);
        main.loaded(FrameworkCatalog.load(home), null, null);
        saveTarget = dir.resolve("my-framework");
        library.newTemplate();
        assertEquals(List.of("save framework-template.xlsx"), asked);
        assertTrue(Files.isRegularFile(dir.resolve("my-framework.xlsx")), "the extension is added");
        assertTrue(library.statusProperty().get().startsWith("Wrote the framework template my-framework.xlsx"));
    }

    @Test
    void theSelectedFrameworkIsExportedAsTemplateAndAsJsonThatReadBackTheSame() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        MainViewModel main = new MainViewModel();
        FrameworkLibraryViewModel library = new FrameworkLibraryViewModel(main, dialogs, INLINE, home);
        main.loaded(FrameworkCatalog.load(home), null, null);
        main.selectedFrameworkProperty().set(main.frameworks().get(0));
        Framework chosen = main.frameworks().get(0).framework();
        String stem = chosen.id() + "-" + chosen.version();

        saveTarget = dir.resolve("as-template");
        library.exportTemplate();
        saveTarget = dir.resolve("as-json");
        library.exportJson();

        assertEquals(List.of("save " + stem + ".xlsx", "save " + stem + ".json"), asked);
        assertEquals(
                chosen,
                FrameworkTemplateReader.read(dir.resolve("as-template.xlsx")).framework());
        assertEquals(
                chosen, FrameworkCatalog.readFile(dir.resolve("as-json.json")).framework());
        assertTrue(
                library.statusProperty().get().endsWith("to as-json.json"),
                library.statusProperty().get());
    }

    @Test
    void aTemplateThatCannotBeWrittenIsExplained() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        MainViewModel main = new MainViewModel();
        FrameworkLibraryViewModel library = new FrameworkLibraryViewModel(main, dialogs, INLINE, home);
        main.loaded(FrameworkCatalog.load(home), null, null);
        saveTarget = dir.resolve("no-such-folder").resolve("t.xlsx");
        library.newTemplate();
        assertEquals(2, asked.size(), asked.toString());
        assertTrue(asked.get(1).startsWith("error: The folder "), asked.get(1));
        assertFalse(Files.exists(saveTarget));
    }
}
