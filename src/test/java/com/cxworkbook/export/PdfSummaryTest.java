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
