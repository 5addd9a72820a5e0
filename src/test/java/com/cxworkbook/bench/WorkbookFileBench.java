package com.cxworkbook.bench;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Evidence;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.FrameworkCheck;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Save and open times of workbook files (not a test: timings never decide a build). Save = serialise +
 * write temp file + fsync + rotate .bak + atomic move, i.e. what File › Save does in the background; open =
 * read + parse + validate + framework check, what File › Open does. Run:
 * <pre>mvn -q test-compile exec:java -Dmain.class=com.cxworkbook.bench.WorkbookFileBench -Dexec.classpathScope=test</pre>
 * Optional argument: the folder to write in (default: a temp folder; pick the disk you care about).
 */
public final class WorkbookFileBench {

    private static final int WARMUP = 30;
    private static final int RUNS = 100;

    private WorkbookFileBench() {}

    public static void main(String[] args) throws Exception {
        Path dir =
                args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("cxwb-bench");
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, %s; JDK %s (%s); folder %s%n",
                Runtime.getRuntime().availableProcessors(),
                cpu(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                dir);
        run("typical (sample + all 5 frameworks rated)", typical(catalog), dir.resolve("typical.cxwb"), catalog);
        run("large (1,000 items rated, noted, 100 gap rows)", large(catalog), dir.resolve("large.cxwb"), catalog);
    }

    private static void run(String name, Workbook workbook, Path file, FrameworkCatalog catalog) throws Exception {
        WorkbookStore store = new WorkbookStore();
        long coldSave = time(() -> store.write(workbook, file));
        long coldOpen = time(() -> FrameworkCheck.check(store.read(file), catalog::find));
        for (int i = 0; i < WARMUP; i++) {
            store.write(workbook, file);
            FrameworkCheck.check(store.read(file), catalog::find);
        }
        long[] saves = new long[RUNS];
        long[] opens = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            saves[i] = time(() -> store.write(workbook, file));
            opens[i] = time(() -> FrameworkCheck.check(store.read(file), catalog::find));
        }
        System.out.printf(
                Locale.ROOT,
                "%-48s %8.1f KB  save: first %6.1f ms, median %6.2f ms, p95 %6.2f ms"
                        + " | open: first %6.1f ms, median %6.2f ms, p95 %6.2f ms%n",
                name,
                Files.size(file) / 1024.0,
                ms(coldSave),
                ms(percentile(saves, 50)),
                ms(percentile(saves, 95)),
                ms(coldOpen),
                ms(percentile(opens, 50)),
                ms(percentile(opens, 95)));
    }

    /** The sample plus one fully rated assessment per bundled framework with a few notes and gap rows. */
    static Workbook typical(FrameworkCatalog catalog) {
        Workbook workbook = StartupData.readSample();
        for (Framework framework : catalog.frameworks()) {
            Assessment assessment = new Assessment(framework);
            int i = 0;
            for (Item item : framework.items()) {
                assessment.rate(item.id(), Rating.of(framework.scale().min() + i++ % 3));
                if (i % 4 == 0) {
                    assessment.getNotes().put(item.id(), "Discussed at length; the room agreed after some debate.");
                    GapRow row = new GapRow(item.id());
                    row.setPriority(Priority.MEDIUM);
                    row.setActions("Write a plan");
                    assessment.getGapRows().add(row);
                }
            }
            workbook.getAssessments().add(assessment);
        }
        return workbook;
    }

    /** 1,000 items in one assessment, each rated, noted and fingerprinted; 100 evidence entries and gap rows. */
    static Workbook large(FrameworkCatalog catalog) {
        Workbook workbook = new Workbook();
        workbook.setClient("Large client");
        workbook.setDate(LocalDate.of(2026, 11, 23));
        for (int p = 0; p < 12; p++) {
            workbook.getParticipants().add(new Participant("Participant " + p, "Role " + p));
        }
        Assessment assessment = new Assessment(catalog.frameworks().get(0));
        for (int i = 0; i < 1000; i++) {
            String id = String.format(Locale.ROOT, "item-%04d", i);
            assessment.rate(id, i % 17 == 0 ? Rating.NOT_APPLICABLE : Rating.of(1 + i % 5));
            assessment.getNotes().put(id, "Note for " + id + ": what the room said and why the rating was chosen.");
            assessment
                    .getFrameworkItems()
                    .put(id, String.format(Locale.ROOT, "%012x", (long) id.hashCode() & 0xffffffffL));
            if (i % 10 == 0) {
                assessment.getEvidence().put(id, new Evidence("Survey " + i, "Owner", LocalDate.of(2026, 1, 1)));
                GapRow row = new GapRow(id);
                row.setRank(i / 10 + 1);
                row.setPriority(Priority.HIGH);
                row.setEffort(Effort.LOW);
                row.setActions("Action plan for " + id);
                row.setTargetDate(LocalDate.of(2027, 6, 30));
                assessment.getGapRows().add(row);
            }
        }
        workbook.getAssessments().add(assessment);
        return workbook;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }
}
