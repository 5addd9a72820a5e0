package com.cxworkbook.export;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Times the export of the bundled sample workbook (2 assessments, 45 items, notes, gap rows): the first
 * (cold) export in a fresh JVM phase by phase, then the median of warm exports. Run with scripts/bench-export.
 */
public final class ExportBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long t0 = System.nanoTime();
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        Workbook workbook = StartupData.readSample();
        long t1 = System.nanoTime();
        XlsxExporter exporter = new XlsxExporter(catalog::find);
        Path dir = Files.createTempDirectory("cxwb-bench");
        Path target = dir.resolve("bench.xlsx");
        long t2 = System.nanoTime();
        ExportPlan plan = ExportPlan.of(workbook, catalog::find);
        XSSFWorkbook xlsx = exporter.build(plan, ExportMonitor.NONE, 1);
        long t3 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(target)) {
            xlsx.write(out);
        }
        xlsx.close();
        long t4 = System.nanoTime();
        XlsxVerifier.verify(target, plan);
        long t5 = System.nanoTime();
        System.out.printf(
                "cold: load catalog+workbook %d ms, build %d ms, write %d ms, verify %d ms%n",
                ms(t1 - t0), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4));
        long[] times = new long[runs];
        for (int i = 0; i < runs + 10; i++) {
            long start = System.nanoTime();
            exporter.export(workbook, target, ExportMonitor.NONE);
            long took = System.nanoTime() - start;
            if (i >= 10) {
                times[i - 10] = took;
            }
        }
        Arrays.sort(times);
        System.out.printf(
                "warm export (build + write + read-back check + move), %d runs after 10 warm-ups: median %d ms, min %d ms, max %d ms, file %d KB%n",
                runs, ms(times[runs / 2]), ms(times[0]), ms(times[runs - 1]), Files.size(target) / 1024);
        Files.deleteIfExists(target);
        Files.deleteIfExists(dir);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
