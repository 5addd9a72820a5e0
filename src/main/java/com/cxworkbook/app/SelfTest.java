package com.cxworkbook.app;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Scorer;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.ExportException;
import com.cxworkbook.export.ExportResult;
import com.cxworkbook.export.VerificationReport;
import com.cxworkbook.export.XlsxExporter;
import com.cxworkbook.export.XlsxVerifier;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.FrameworkLoadProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code --self-test}: proves an installation works without opening a window (the installer's smoke check
 * and a first thing to ask a user to run). Every check runs even when an earlier one fails, so one run
 * shows everything that is wrong. The JavaFX toolkit is never started.
 */
public final class SelfTest {

    public static final String FLAG = "--self-test";

    /** The ICMI fixture: all items 3 except two N/A, so the total is scaled (54 × 20 / 18 = 60). */
    static final String FIXTURE_FRAMEWORK = "icmi-cx-maturity";

    static final long FIXTURE_SCORE = 60;
    static final String FIXTURE_LEVEL = "aware";

    /** One named check; {@code call()} returns a short detail for the report or throws what went wrong. */
    public record Check(String name, Callable<String> action) {}

    private final List<Check> checks;

    public SelfTest(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public static boolean isRequested(String[] args) {
        return List.of(args).contains(FLAG);
    }

    /** The checks of this build, in the order a broken installation would most likely fail them. */
    public static SelfTest standard() {
        Map<String, Object> shared = new HashMap<>();
        return new SelfTest(List.of(
                new Check("frameworks", () -> frameworks(shared)),
                new Check("sample workbook", () -> sampleWorkbook(shared)),
                new Check("scoring", () -> scoring(shared)),
                new Check("export", () -> export(shared))));
    }

    /** Runs every check, prints one line each and a verdict; returns the process exit code (0 = OK). */
    public int run(PrintStream out) {
        String version = SelfTest.class.getPackage().getImplementationVersion();
        out.println("CX Maturity Workbook " + (version == null ? "(development build)" : version) + " self-test");
        List<String> failed = new ArrayList<>();
        for (Check check : checks) {
            String result;
            try {
                result = "ok" + detail(check.action().call());
            } catch (Exception | LinkageError | AssertionError e) {
                failed.add(check.name());
                result = "FAILED: " + describe(e);
            }
            out.println("  " + check.name() + ": " + result);
        }
        if (failed.isEmpty()) {
            out.println("OK");
            return 0;
        }
        out.println("FAILED: " + String.join(", ", failed)
                + ". Reinstall the application; if it still fails, send this output to support.");
        return 1;
    }

    private static String detail(String text) {
        return text == null || text.isBlank() ? "" : " (" + text + ")";
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    private static String frameworks(Map<String, Object> shared) {
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        if (!catalog.problems().isEmpty()) {
            List<String> problems = catalog.problems().stream()
                    .map(FrameworkLoadProblem::toString)
                    .toList();
            throw new IllegalStateException("bundled frameworks are broken: " + problems);
        }
        if (catalog.frameworks().isEmpty()) {
            throw new IllegalStateException("no frameworks bundled");
        }
        shared.put("catalog", catalog);
        return catalog.frameworks().size() + " loaded";
    }

    private static String sampleWorkbook(Map<String, Object> shared) {
        Workbook sample = StartupData.readSample();
        shared.put("sample", sample);
        return sample.getAssessments().size() + " assessments";
    }

    private static String scoring(Map<String, Object> shared) {
        FrameworkCatalog catalog = (FrameworkCatalog) shared.get("catalog");
        if (catalog == null) {
            throw new IllegalStateException("skipped: frameworks did not load");
        }
        Framework icmi = catalog.find(FIXTURE_FRAMEWORK)
                .orElseThrow(() -> new IllegalStateException(FIXTURE_FRAMEWORK + " is not bundled"));
        Map<String, Rating> ratings = new HashMap<>();
        List<Item> items = icmi.items();
        for (int i = 0; i < items.size(); i++) {
            ratings.put(items.get(i).id(), i < 2 ? Rating.NOT_APPLICABLE : Rating.of(3));
        }
        ScoreResult fixture = Scorer.score(icmi, ratings);
        String level = fixture.level() == null ? null : fixture.level().id();
        if (Math.round(fixture.score()) != FIXTURE_SCORE || !FIXTURE_LEVEL.equals(level)) {
            throw new IllegalStateException("ICMI fixture scored " + fixture.score() + " / " + level + ", expected "
                    + FIXTURE_SCORE + " / " + FIXTURE_LEVEL);
        }
        Workbook sample = (Workbook) shared.get("sample");
        int scored = 0;
        if (sample != null) {
            for (Assessment assessment : sample.getAssessments()) {
                Framework framework = catalog.find(assessment.getFrameworkId()).orElse(null);
                if (framework != null) {
                    Scorer.score(framework, assessment);
                    scored++;
                }
            }
        }
        return "ICMI fixture " + FIXTURE_SCORE + " → " + level + "; " + scored + " sample assessments scored";
    }

    /** Exports the sample to a temp folder and reads it back the way a client's spreadsheet would. */
    private static String export(Map<String, Object> shared) throws IOException, ExportException {
        FrameworkCatalog catalog = (FrameworkCatalog) shared.get("catalog");
        Workbook sample = (Workbook) shared.get("sample");
        if (catalog == null || sample == null) {
            throw new IllegalStateException("skipped: frameworks or sample workbook did not load");
        }
        Path folder = Files.createTempDirectory("cxworkbook-self-test");
        try {
            Path file = folder.resolve("self-test.xlsx");
            ExportResult result = XlsxExporter.export(sample, catalog::find, file);
            VerificationReport readBack = XlsxVerifier.verify(file, sample, catalog::find);
            if (!readBack.ok()) {
                throw new IllegalStateException("the exported file does not read back: " + readBack.problems());
            }
            return result.sheets().size() + " sheets written, " + readBack.checks() + " checks on read-back";
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
