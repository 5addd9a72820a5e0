package com.cxworkbook.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.task.TaskExecutor;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export to Excel, driven through the view-model with fake dialogs and no JavaFX toolkit. */
class ExportViewModelTest {

    /** Answers save dialogs and choices from queues; records everything asked. */
    static final class FakeDialogs implements DialogService {
        final Deque<Path> saveAnswers = new ArrayDeque<>();
        final Deque<String> choiceAnswers = new ArrayDeque<>();
        final List<String> suggestedNames = new ArrayList<>();
        final List<String> choiceTitles = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
            messages.add(message);
        }

        @Override
        public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
            choiceTitles.add(title);
            messages.add(message);
            String answer = choiceAnswers.poll();
            return options.stream().filter(o -> label.apply(o).equals(answer)).findFirst();
        }

        @Override
        public Optional<Path> chooseSaveFile(
                String title, Path folder, String suggestedName, String description, String pattern) {
            suggestedNames.add(suggestedName);
            return Optional.ofNullable(saveAnswers.poll());
        }
    }

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Path> opened = new ArrayList<>();
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private Workbook workbook;
    private SimpleObjectProperty<WorkbookSession> session;

    @BeforeEach
    void openSample() {
        workbook = StartupData.readSample();
        session = new SimpleObjectProperty<>(new WorkbookSession(workbook, Frameworks.catalog()));
    }

    /** Runs background work at once, on this thread. */
    private ExportViewModel direct() {
        return new ExportViewModel(session, () -> dialogs, TaskExecutor.inline(), opened::add);
    }

    /** Holds background work until the test runs it, as a slow export would. */
    private ExportViewModel deferred() {
        return new ExportViewModel(session, () -> dialogs, TaskExecutor.inline(queued::add), opened::add);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void summaryExportWritesAOnePagePdfWhereChosen() throws Exception {
        ExportViewModel vm = direct();
        dialogs.saveAnswers.add(dir.resolve("for the client"));
        dialogs.choiceAnswers.add(ExportViewModel.CLOSE);
        vm.exportSummary();
        Path file = dir.resolve("for the client.pdf");
        assertEquals(List.of("Northwind Energy CX maturity 2026-11-23 summary.pdf"), dialogs.suggestedNames);
        assertEquals(List.of("for the client.pdf"), files(), ".pdf added, no temp file left");
        assertTrue(dialogs.messages.get(0).contains("one page"), dialogs.messages.get(0));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void exportsWhereChosenChecksAndOffersToOpenTheFile() throws Exception {
        ExportViewModel vm = direct();
        dialogs.saveAnswers.add(dir.resolve("client report"));
        dialogs.choiceAnswers.add(ExportViewModel.OPEN_FILE);
        vm.export();
        Path file = dir.resolve("client report.xlsx");
        assertEquals(List.of("Northwind Energy CX maturity 2026-11-23.xlsx"), dialogs.suggestedNames);
        assertEquals(List.of("client report.xlsx"), files(), ".xlsx added, no temp file left");
        assertEquals(List.of("Exported"), dialogs.choiceTitles);
        assertTrue(dialogs.messages.get(0).contains("Read back and checked: 6 sheets"), dialogs.messages.get(0));
        assertEquals(List.of(file), opened);
        assertEquals(file, vm.lastExportProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals("Exported client report.xlsx", vm.statusProperty().get());
        try (XSSFWorkbook xlsx = new XSSFWorkbook(file.toFile())) {
            assertEquals(
                    "Northwind Energy",
                    xlsx.getSheet("Summary").getRow(2).getCell(1).getStringCellValue());
        }
    }

    @Test
    void openTheFolderInstead() {
        ExportViewModel vm = direct();
        dialogs.saveAnswers.add(dir.resolve("r.xlsx"));
        dialogs.choiceAnswers.add(ExportViewModel.OPEN_FOLDER);
        vm.export();
        assertEquals(List.of(dir.toAbsolutePath()), opened);
    }

    @Test
    void whenTheSystemCannotOpenFilesTheUserIsToldWhereItIs() {
        ExportViewModel vm = new ExportViewModel(session, () -> dialogs, TaskExecutor.inline(), path -> {
            throw new UnsupportedOperationException("this system does not let the app open files");
        });
        dialogs.saveAnswers.add(dir.resolve("r.xlsx"));
        dialogs.choiceAnswers.add(ExportViewModel.OPEN_FILE);
        vm.export();
        String last = dialogs.messages.get(dialogs.messages.size() - 1);
        assertTrue(last.contains(dir.resolve("r.xlsx").toAbsolutePath().toString()), last);
    }

    @Test
    void cancellingTheFileDialogDoesNothing() throws Exception {
        ExportViewModel vm = direct();
        vm.export();
        assertEquals(List.of(), files());
        assertEquals("", vm.statusProperty().get());
        assertTrue(dialogs.choiceTitles.isEmpty());
    }

    @Test
    void aWorkbookTooLargeToExportIsRefusedBeforeTheFileDialog() throws Exception {
        com.cxworkbook.domain.Assessment first = workbook.getAssessments().get(0);
        while (workbook.getAssessments().size() <= com.cxworkbook.export.XlsxExporter.MAX_ASSESSMENTS) {
            com.cxworkbook.domain.Assessment copy = new com.cxworkbook.domain.Assessment();
            copy.setId("copy-" + workbook.getAssessments().size());
            copy.setFrameworkId(first.getFrameworkId());
            copy.setFrameworkVersion(first.getFrameworkVersion());
            workbook.getAssessments().add(copy);
        }
        dialogs.saveAnswers.add(dir.resolve("report.xlsx"));
        ExportViewModel vm = direct();
        vm.export();
        assertEquals(List.of(), dialogs.suggestedNames, "no file dialog");
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(
                dialogs.errors
                        .get(0)
                        .startsWith("This workbook has 1001 assessments; an Excel export holds at most 1000."),
                dialogs.errors.get(0));
        assertEquals(List.of(), files());
    }

    @Test
    void aReadOnlyTargetIsExplainedAndAnotherNameCanBePicked() throws Exception {
        Path locked = dir.resolve("report.xlsx");
        Files.writeString(locked, "the client's copy");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        ExportViewModel vm = direct();
        dialogs.saveAnswers.add(locked);
        dialogs.choiceAnswers.add(ExportViewModel.OTHER_NAME);
        dialogs.saveAnswers.add(dir.resolve("report (2).xlsx"));
        dialogs.choiceAnswers.add(ExportViewModel.CLOSE);
        vm.export();
        assertEquals(List.of("Cannot save there", "Exported"), dialogs.choiceTitles);
        assertTrue(dialogs.messages.get(0).contains("read-only"), dialogs.messages.get(0));
        assertEquals("report (2).xlsx", dialogs.suggestedNames.get(1), "offers a free name next to it");
        assertArrayEquals("the client's copy".getBytes(), Files.readAllBytes(locked));
        assertEquals(List.of("report (2).xlsx", "report.xlsx"), files());
        assertTrue(opened.isEmpty());
    }

    @Test
    void cancelStopsTheRunningExportAndWritesNothing() throws Exception {
        ExportViewModel vm = deferred();
        dialogs.saveAnswers.add(dir.resolve("r.xlsx"));
        vm.export();
        assertTrue(vm.runningProperty().get());
        assertFalse(vm.canExportProperty().get(), "one export at a time");
        vm.cancel();
        queued.poll().run();
        assertFalse(vm.runningProperty().get());
        assertEquals(
                "Export cancelled; no file was written.", vm.statusProperty().get());
        assertEquals(List.of(), files());
        assertTrue(dialogs.errors.isEmpty());
        assertTrue(vm.canExportProperty().get());
    }

    @Test
    void editsMadeWhileExportingDoNotLeakIntoTheFile() throws Exception {
        ExportViewModel vm = deferred();
        dialogs.saveAnswers.add(dir.resolve("r.xlsx"));
        vm.export();
        workbook.setClient("Changed after pressing export");
        queued.poll().run();
        try (XSSFWorkbook xlsx = new XSSFWorkbook(dir.resolve("r.xlsx").toFile())) {
            assertEquals(
                    "Northwind Energy",
                    xlsx.getSheet("Summary").getRow(2).getCell(1).getStringCellValue());
        }
    }

    @Test
    void nothingToExportWithoutAWorkbook() {
        session.set(null);
        ExportViewModel vm = direct();
        assertFalse(vm.canExportProperty().get());
        vm.export();
        assertTrue(dialogs.suggestedNames.isEmpty());
        session.set(new WorkbookSession(workbook, Frameworks.catalog()));
        assertTrue(vm.canExportProperty().get());
        assertNull(vm.lastExportProperty().get());
    }

    @Test
    void suggestedNamesAreSafeFileNames() {
        Workbook w = new Workbook();
        assertEquals("Workbook CX maturity.xlsx", ExportFileNames.suggestedName(w));
        w.setClient("A/B: \"C\" <D>?");
        assertEquals("A-B- -C- -D-- CX maturity.xlsx", ExportFileNames.suggestedName(w));
    }
}
