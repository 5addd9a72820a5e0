package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the one-page PDF summary back as a client's viewer would: pages, text, fonts, paper. */
class PdfSummaryTest {

    @TempDir
    Path dir;

    private String text(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void sampleIsOnePageWithClientStagesAndTopGapsAsRealText() throws Exception {
        Workbook sample = StartupData.readSample();
        Path file = dir.resolve("summary.pdf");
        PdfExporter.export(sample, Fixtures.LOOKUP, file, PaperSize.A4);
        String text = text(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            PDPage page = pdf.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            assertEquals(842, page.getMediaBox().getWidth(), 1, "A4");
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
            }
        }
        assertTrue(text.contains("Northwind Energy"), text);
        assertTrue(text.contains("Sam Rivera"), text);
        assertTrue(text.contains("2026-11-23"), text);
        ExportPlan plan = ExportPlan.of(sample, Fixtures.LOOKUP);
        for (ExportPlan.Part part : plan.parts()) {
            assertTrue(text.contains(part.score().levelText()), part.score().levelText() + " in " + text);
            assertTrue(text.contains(part.title()), part.title());
        }
        List<PdfSummary.Gap> top = PdfSummary.rankedGaps(plan);
        assertTrue(top.size() >= 3);
        // the sample's two High-priority activities lead, then the Medium one
        assertEquals("HIGH", top.get(0).line().row().getPriority().name());
        for (PdfSummary.Gap gap : top.subList(0, Math.min(PdfSummary.GAP_COUNT, top.size()))) {
            assertTrue(
                    text.contains(gap.line().item().displayName()),
                    gap.line().item().displayName() + " in " + text);
        }
        assertTrue(text.contains(PdfSummary.TOP_GAPS));
        assertTrue(text.contains(PdfSummary.QUICK_WINS));
    }

    @Test
    void aFollowUpShowsTheChangeSinceThePreviousRoundWithoutProjectingThePartialScore() throws Exception {
        Workbook followUp =
                new com.cxworkbook.persistence.WorkbookStore().read(Path.of("samples/northwind-follow-up.cxwb"));
        Path file = dir.resolve("follow-up.pdf");
        PdfExporter.export(followUp, Fixtures.LOOKUP, file, PaperSize.A4);
        String text = text(file);
        assertTrue(text.contains("ICMI self-assessment — Round 1 · 2026-11-23"), text);
        assertTrue(text.contains("ICMI self-assessment — Round 2 · 2027-05-24"), text);
        assertTrue(text.contains("Since Round 1 (2026-11-23)"), text);
        assertTrue(
                text.contains("Score 53 / 100 → 55 so far (final 56–60)"),
                "score then → now; the partial round's score is 'so far' with its range, no difference: " + text);
        assertTrue(text.contains("Stage Customer-Aware → Customer-Aware"), text);
        assertTrue(text.contains("Technology 1.8 → 2.8 (+1.0)"), text);
        assertTrue(text.contains("Metrics 3.0 → 2.5 (-0.5)"), text);
        assertTrue(text.contains("Process 2.7 → 2.4–3.0 (partly rated)"), "a partly rated section is a range: " + text);
        assertTrue(text.contains("Previous round"), "the legend names the previous round's outline");
        assertEquals(
                1,
                text.split("Omnichannel Mgmt Tool/System", -1).length - 1,
                "an action carried over into the follow-up is listed once, not for both rounds: " + text);
    }

    @Test
    void anAssessmentWithoutRoundsHasNoChangeBlock() throws Exception {
        Path file = dir.resolve("plain.pdf");
        PdfExporter.export(StartupData.readSample(), Fixtures.LOOKUP, file, PaperSize.A4);
        String text = text(file);
        assertTrue(!text.contains("Since Round") && !text.contains("Previous round"), text);
    }

    @Test
    void quickWinsAreHighPriorityLowEffortGaps() throws Exception {
        Workbook sample = StartupData.readSample();
        GapRow routing = sample.getAssessments().get(0).getGapRows().get(1);
        routing.setEffort(Effort.LOW);
        ExportPlan plan = ExportPlan.of(sample, Fixtures.LOOKUP);
        List<PdfSummary.Gap> wins = PdfSummary.quickWins(plan);
        assertEquals(1, wins.size());
        assertEquals(routing.getItemId(), wins.get(0).line().item().id());
        Path file = dir.resolve("wins.pdf");
        PdfExporter.export(sample, Fixtures.LOOKUP, file, PaperSize.LETTER);
        assertTrue(text(file).contains("Marcus Lee · 2027-03-31"), text(file));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(792, pdf.getPage(0).getMediaBox().getWidth(), 1, "Letter, landscape");
        }
    }

    @Test
    void everyFrameworkWithUnicodeAndNoAssessmentsStillGiveOnePage() throws Exception {
        Path many = dir.resolve("many.pdf");
        PdfExporter.export(Fixtures.everyFramework(), Fixtures.LOOKUP, many, PaperSize.A4);
        Path none = dir.resolve("none.pdf");
        PdfExporter.export(new Workbook(), Fixtures.LOOKUP, none, PaperSize.A4);
        for (Path file : List.of(many, none)) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertEquals(1, pdf.getNumberOfPages(), file.toString());
            }
        }
        String text = text(many);
        assertTrue(text.contains("Zoë Ångström"), "accented Latin kept: " + text);
        assertTrue(!text.contains("日本語") && text.contains("???"), "characters without a glyph print as ?, not fail");
        assertTrue(text(none).contains("no assessments yet"));
    }

    @Test
    void paperFollowsTheLocale() {
        assertEquals(PaperSize.LETTER, PaperSize.forLocale(Locale.US));
        assertEquals(PaperSize.A4, PaperSize.forLocale(Locale.UK));
        assertEquals(PaperSize.A4, PaperSize.forLocale(Locale.GERMANY));
        assertEquals(PaperSize.LETTER, PaperSize.parse(" Letter "));
    }

    @Test
    void readOnlyTargetIsAClearMessageAndIsLeftAlone() throws Exception {
        Path target = dir.resolve("summary.pdf");
        byte[] old = "old summary".getBytes();
        Files.write(target, old);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        ExportException e = assertThrows(
                ExportException.class,
                () -> PdfExporter.export(StartupData.readSample(), Fixtures.LOOKUP, target, PaperSize.A4));
        assertEquals(ExportException.Kind.TARGET, e.kind());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }
}
