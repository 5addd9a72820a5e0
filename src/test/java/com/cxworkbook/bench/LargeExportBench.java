package com.cxworkbook.bench;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.ExportMonitor;
import com.cxworkbook.export.ExportResult;
import com.cxworkbook.export.XlsxExporter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Export time and memory against the number of assessments (issue 14: 1,000 assessments failed their
 * read-back, 5,000 ran out of memory). Exports N fully rated assessments of one framework exactly as File ›
 * Export does and prints each phase (the export's own progress steps) with wall and main-thread CPU time,
 * then the total, the file size and the heap pools' peaks. Run one size per JVM, with the heap to test:
 * <pre>
 * mvn -q test-compile
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) com.cxworkbook.bench.LargeExportBench 1000 icmi-cx-maturity
 * </pre>
 * ({@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt} writes the class path.) Not a test.
 */
public final class LargeExportBench {

    private LargeExportBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Framework framework = Frameworks.get(args.length > 1 ? args[1] : Frameworks.ICMI);
        Workbook workbook = workbook(count, framework);
        Path target = Files.createTempDirectory("cxwb-export-bench").resolve("large.xlsx");
        System.out.printf(
                Locale.ROOT,
                "%d assessments of %s (%d items each); %d cores, JDK %s, max heap %d MB%n",
                count,
                framework.id(),
                framework.items().size(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        Phases phases = new Phases();
        ExportResult result = new XlsxExporter(Frameworks.catalog()::find).export(workbook, target, phases);
        phases.end("Saving");
        System.out.printf(
                Locale.ROOT,
                "total %d ms wall, %d ms CPU; check %s (%d values); %d sheets, %d KB; heap pools' peaks %d MB%n",
                (System.nanoTime() - phases.startWall) / 1_000_000,
                (phases.cpu() - phases.startCpu) / 1_000_000,
                result.check().ok() ? "passed" : "FAILED " + result.check().problems(),
                result.check().checks(),
                result.sheets().size(),
                Files.size(target) >> 10,
                peakHeap() >> 20);
        Files.delete(target);
    }

    /** Every item rated, the values spread over the scale. */
    static Workbook workbook(int count, Framework framework) {
        Workbook workbook = new Workbook();
        workbook.setClient("Large export bench");
        int span = framework.scale().max() - framework.scale().min() + 1;
        for (int i = 0; i < count; i++) {
            Assessment assessment = new Assessment(framework);
            assessment.setId("a" + i);
            assessment.setTitle("Team " + i);
            int k = 0;
            for (Item item : framework.items()) {
                assessment.rate(item.id(), Rating.of(framework.scale().min() + (i + k++) % span));
            }
            workbook.getAssessments().add(assessment);
        }
        return workbook;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Prints the time since the previous step whenever the export starts a new kind of step. */
    private static final class Phases implements ExportMonitor {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final long startWall = System.nanoTime();
        final long startCpu = cpu();
        private long wall = startWall;
        private long cpuAt = startCpu;
        private String phase = "plan and checks";

        long cpu() {
            return threads.getCurrentThreadCpuTime();
        }

        @Override
        public void progress(int done, int total, String step) {
            String kind = step.startsWith("Team ") || step.startsWith("Gap analysis") ? "sheets and charts" : step;
            if (!kind.equals(phase)) {
                end(kind);
            }
        }

        void end(String next) {
            long now = System.nanoTime();
            long cpuNow = cpu();
            System.out.printf(
                    Locale.ROOT,
                    "  %-28s %8d ms wall %8d ms CPU%n",
                    phase,
                    (now - wall) / 1_000_000,
                    (cpuNow - cpuAt) / 1_000_000);
            wall = now;
            cpuAt = cpuNow;
            phase = next;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
