package com.cxworkbook.bench;

import com.cxworkbook.app.Cli;
import com.cxworkbook.domain.FrameworkCheck;
import com.cxworkbook.domain.RatingRangeCheck;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opening time against the number of assessments (issue 14: opening was quadratic, 100,000 assessments took
 * 80 s to reach their message). For each size: the file size, "open" = read + shape check + mapping +
 * framework and scale checks (what File › Open does in the background), and "CLI" = {@code cxworkbook export}
 * up to its answer (every size here is over the 1,000-assessment export limit, so this is the time to the refusal). Best of 3 after a warm-up.
 * Not a test; run:
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=com.cxworkbook.bench.OpenScalingBench -Dexec.classpathScope=test</pre>
 */
public final class OpenScalingBench {

    private OpenScalingBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cxwb-open-bench");
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        WorkbookStore store = new WorkbookStore();
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores; JDK %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.println("assessments | file MB | open ms | CLI answer ms | CLI exit");
        for (int count : new int[] {1_001, 10_000, 30_000, 100_000}) {
            Path file = dir.resolve("n" + count + ".cxwb");
            Files.writeString(file, workbook(count), StandardCharsets.UTF_8);
            long open = Long.MAX_VALUE;
            long cli = Long.MAX_VALUE;
            int exit = 0;
            for (int run = 0; run < 4; run++) {
                long start = System.nanoTime();
                Workbook workbook = store.read(file);
                FrameworkCheck.check(workbook, catalog::find);
                RatingRangeCheck.problems(workbook, catalog::find);
                long opened = System.nanoTime();
                exit = Cli.run(
                        new String[] {
                            "export", file.toString(), dir.resolve("n.xlsx").toString()
                        },
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(new ByteArrayOutputStream()));
                long answered = System.nanoTime();
                if (run > 0) {
                    open = Math.min(open, (opened - start) / 1_000_000);
                    cli = Math.min(cli, (answered - opened) / 1_000_000);
                }
            }
            System.out.printf(
                    Locale.ROOT, "%,11d | %7.1f | %7d | %13d | %d%n", count, Files.size(file) / 1e6, open, cli, exit);
        }
    }

    /** Like the 5 MB file: many small ICMI assessments with a rating each. */
    static String workbook(int count) {
        StringBuilder json =
                new StringBuilder(count * 120).append("{\"formatVersion\":1,\"client\":\"Scale\",\"assessments\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"a")
                    .append(i)
                    .append("\",\"frameworkId\":\"icmi-cx-maturity\",\"ratings\":{\"organizational-alignment\":")
                    .append(1 + i % 5)
                    .append("}}");
        }
        return json.append("]}").toString();
    }
}
