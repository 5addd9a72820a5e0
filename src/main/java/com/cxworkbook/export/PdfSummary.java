package com.cxworkbook.export;

import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.PriorityGaps;
import com.cxworkbook.domain.Rounds;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.SectionProfile;
import com.cxworkbook.domain.Workbook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The one-page summary a consultant hands the client at the end of the day: who and when; per assessment
 * the stage, the score and a radar of the section results against the target (for a follow-up round also the
 * previous round's outline and the change since then: score, stage, per section); the five gaps that matter
 * most (by priority) with owner and date; and the quick wins. Landscape, black on white.
 */
final class PdfSummary {

    static final String TOP_GAPS = "Top five gaps by priority";
    static final String QUICK_WINS = "Quick wins (high priority, low effort)";
    static final int GAP_COUNT = 5;
    static final int WIN_COUNT = 6;
    private static final float MARGIN = 36;

    /** One gap with the assessment it belongs to. */
    record Gap(ExportPlan.Part part, GapLine line) {}

    private PdfSummary() {}

    static PDDocument build(ExportPlan plan, PaperSize paper) throws IOException {
        PDDocument document = new PDDocument();
        try {
            PDRectangle size = paper.landscape();
            PDPage page = new PDPage(size);
            document.addPage(page);
            Workbook workbook = plan.workbook();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("CX maturity summary — " + SummarySheet.clientLine(workbook));
            info.setCreator("CX Maturity Workbook");
            try (PdfCanvas canvas =
                    new PdfCanvas(document, new PDPageContentStream(document, page), size.getHeight())) {
                draw(canvas, plan, size.getWidth(), size.getHeight());
            }
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private static void draw(PdfCanvas c, ExportPlan plan, float pageWidth, float pageHeight) throws IOException {
        Workbook workbook = plan.workbook();
        float width = pageWidth - 2 * MARGIN;
        String client = workbook.getClient() == null || workbook.getClient().isBlank()
                ? "Unnamed client"
                : workbook.getClient();
        c.gray(0);
        c.text(c.fit("CX maturity summary — " + client, 18, width), MARGIN, 52, 18, true);
        List<String> facts = new ArrayList<>();
        facts.add("Date: "
                + (workbook.getDate() == null ? "not set" : workbook.getDate().toString()));
        facts.add("Facilitator: "
                + (workbook.getFacilitator() == null
                                || workbook.getFacilitator().isBlank()
                        ? "not set"
                        : workbook.getFacilitator()));
        int people = workbook.getParticipants().size();
        facts.add(people == 1 ? "1 participant" : people + " participants");
        facts.add(plan.parts().size() == 1 ? "1 assessment" : plan.parts().size() + " assessments");
        c.text(c.fit(String.join("   ·   ", facts), 9.5f, width), MARGIN, 70, 9.5f, false);
        c.gray(0.5f);
        c.rule(MARGIN, 78, width);

        float bandTop = 86;
        float bandBottom = pageHeight * 0.60f;
        assessments(c, plan, MARGIN, bandTop, width, bandBottom - bandTop);
        legend(c, MARGIN, bandBottom + 10, ProgressSheet.applies(workbook));

        float listTop = bandBottom + 30;
        c.gray(0.5f);
        c.rule(MARGIN, listTop - 8, width);
        float gapsWidth = width * 0.62f;
        topGaps(c, plan, MARGIN, listTop + 8, gapsWidth);
        quickWins(c, plan, MARGIN + gapsWidth + 18, listTop + 8, width - gapsWidth - 18);

        c.gray(0.4f);
        c.text(
                "Prepared with CX Maturity Workbook. Scores follow each framework's own rule; "
                        + "\"provisional\" means items are still unrated.",
                MARGIN,
                pageHeight - 20,
                7,
                false);
    }

    private static void assessments(PdfCanvas c, ExportPlan plan, float left, float top, float width, float height)
            throws IOException {
        List<ExportPlan.Part> parts = plan.parts();
        if (parts.isEmpty()) {
            c.gray(0);
            c.text("This workbook has no assessments yet.", left, top + 20, 11, false);
            return;
        }
        int columns = Math.min(parts.size(), 5);
        int rows = (parts.size() + columns - 1) / columns;
        float cardWidth = width / columns;
        float cardHeight = height / rows;
        for (int i = 0; i < parts.size(); i++) {
            float x = left + (i % columns) * cardWidth;
            float y = top + (i / columns) * cardHeight;
            card(c, plan, parts.get(i), x, y, cardWidth - 10, cardHeight);
        }
    }

    private static void card(PdfCanvas c, ExportPlan plan, ExportPlan.Part part, float x, float y, float w, float h)
            throws IOException {
        ScoreResult score = part.score();
        Workbook workbook = plan.workbook();
        String round =
                Rounds.hasRounds(workbook, part.assessment()) ? " — " + Rounds.label(workbook, part.assessment()) : "";
        c.gray(0);
        c.text(c.fit(part.title() + round, 10, w), x, y + 10, 10, true);
        c.text(c.fit("Stage: " + score.levelText(), 9, w), x, y + 23, 9, true);
        c.gray(0.25f);
        c.text(c.fit("Score " + score.scoreText() + " · " + score.progressText(), 8, w), x, y + 34, 8, false);
        List<SectionProfile> sections = SectionProfile.of(part.framework(), part.assessment(), score);
        Optional<RoundChange> change = RoundChange.of(workbook, part.framework(), part.assessment(), score);
        float chartTop = y + 42;
        float chartWidth = change.isPresent() ? w * 0.5f : w;
        float radius = Math.max(12, Math.min(chartWidth / 2 - 34, (h - 42) / 2 - 12));
        PdfRadar.draw(
                c,
                sections,
                change.map(RoundChange::before).orElse(null),
                x + chartWidth / 2,
                chartTop + (h - 42) / 2,
                radius);
        if (change.isPresent()) {
            changeSince(c, change.get(), x + chartWidth + 4, chartTop + 10, w - chartWidth - 4);
        }
    }

    /** The change since the previous round beside a follow-up's radar: heading, score, stage, per section. */
    private static void changeSince(PdfCanvas c, RoundChange change, float x, float y, float w) throws IOException {
        c.gray(0);
        c.text(c.fit(change.heading(), 8.5f, w), x, y, 8.5f, true);
        c.gray(0.15f);
        float row = y + 12;
        c.text(c.fit(change.score(), 7.5f, w), x, row, 7.5f, false);
        row += 10;
        c.text(c.fit(change.stage(), 7.5f, w), x, row, 7.5f, false);
        row += 13;
        c.gray(0);
        for (String section : change.sections()) {
            c.text(c.fit(section, 7.5f, w), x, row, 7.5f, false);
            row += 10;
        }
        c.gray(0);
    }

    private static void legend(PdfCanvas c, float x, float y, boolean rounds) throws IOException {
        float size = 7.5f;
        c.gray(0);
        c.line(x, y - 2.5f, x + 18, y - 2.5f, 1.6f, null);
        c.dot(x + 9, y - 2.5f, 1.8f);
        c.text("Result (mean rating per section)", x + 22, y, size, false);
        x += 22 + c.width("Result (mean rating per section)", size) + 14;
        c.line(x, y - 2.5f, x + 18, y - 2.5f, 0.9f, PdfRadar.DASH);
        c.text("Target", x + 22, y, size, false);
        x += 22 + c.width("Target", size) + 14;
        c.gray(0.35f);
        c.line(x, y - 2.5f, x + 18, y - 2.5f, 3.2f, null);
        c.gray(0);
        c.text("Range while items are unrated", x + 22, y, size, false);
        x += 22 + c.width("Range while items are unrated", size) + 14;
        c.gray(0.55f);
        c.line(x, y - 2.5f, x + 18, y - 2.5f, 0.6f, null);
        c.gray(0);
        c.text("Top of the scale", x + 22, y, size, false);
        if (rounds) {
            x += 22 + c.width("Top of the scale", size) + 14;
            c.gray(0.45f);
            c.line(x, y - 2.5f, x + 18, y - 2.5f, 0.9f, PdfRadar.DOTTED);
            c.gray(0);
            c.text("Previous round", x + 22, y, size, false);
        }
    }

    /**
     * Open gaps of every assessment, in priority order. A round that has a follow-up is left out: its open
     * actions were carried over into the follow-up, so listing both would show each twice.
     */
    static List<Gap> rankedGaps(ExportPlan plan) {
        List<Gap> gaps = new ArrayList<>();
        for (ExportPlan.Part part : current(plan)) {
            for (GapLine line : PriorityGaps.ranked(part.framework(), part.assessment())) {
                gaps.add(new Gap(part, line));
            }
        }
        gaps.sort(Comparator.comparing(Gap::line, PriorityGaps.ORDER));
        return gaps;
    }

    static List<Gap> quickWins(ExportPlan plan) {
        List<Gap> wins = new ArrayList<>();
        for (ExportPlan.Part part : current(plan)) {
            for (GapLine line : PriorityGaps.quickWins(part.framework(), part.assessment())) {
                wins.add(new Gap(part, line));
            }
        }
        wins.sort(Comparator.comparing(Gap::line, PriorityGaps.ORDER));
        return wins;
    }

    /** The parts whose gap worksheet is the live one: every assessment but rounds that were followed up. */
    private static List<ExportPlan.Part> current(ExportPlan plan) {
        return plan.parts().stream()
                .filter(part -> Rounds.next(plan.workbook(), part.assessment()).isEmpty())
                .toList();
    }

    private static void topGaps(PdfCanvas c, ExportPlan plan, float x, float y, float w) throws IOException {
        c.gray(0);
        c.text(TOP_GAPS, x, y, 11, true);
        float[] at = {0, 0.12f, 0.52f, 0.74f, 0.89f};
        String[] heads = {"Priority", "Activity", "Assessment", "Owner", "Target date"};
        float row = y + 16;
        c.gray(0.3f);
        for (int i = 0; i < heads.length; i++) {
            c.text(heads[i], x + at[i] * w, row, 7.5f, true);
        }
        c.rule(x, row + 3, w);
        List<Gap> gaps = rankedGaps(plan);
        if (gaps.isEmpty()) {
            c.gray(0);
            c.text(
                    "No open gaps: every rated activity is at the top of its scale, or nothing is rated yet.",
                    x,
                    row + 15,
                    8.5f,
                    false);
            return;
        }
        c.gray(0);
        for (Gap gap : gaps.subList(0, Math.min(GAP_COUNT, gaps.size()))) {
            row += 15;
            GapRow r = gap.line().row();
            String[] cells = {
                r == null || r.getPriority() == null ? "–" : r.getPriority().label(),
                gap.line().item().displayName() + " (gap " + gap.line().gap() + ")",
                gap.part().title(),
                r == null || r.getOwner() == null || r.getOwner().isBlank() ? "–" : r.getOwner(),
                r == null || r.getTargetDate() == null ? "–" : r.getTargetDate().toString()
            };
            for (int i = 0; i < cells.length; i++) {
                float end = i + 1 < at.length ? at[i + 1] : 1f;
                c.text(c.fit(cells[i], 8.5f, (end - at[i]) * w - 6), x + at[i] * w, row, 8.5f, i == 1);
            }
        }
    }

    private static void quickWins(PdfCanvas c, ExportPlan plan, float x, float y, float w) throws IOException {
        c.gray(0);
        c.text(QUICK_WINS, x, y, 11, true);
        List<Gap> wins = quickWins(plan);
        float row = y + 16;
        if (wins.isEmpty()) {
            c.text(
                    c.fit("None yet: mark gaps High priority and Low effort on the gap worksheet.", 8.5f, w),
                    x,
                    row + 12,
                    8.5f,
                    false);
            return;
        }
        for (Gap win : wins.subList(0, Math.min(WIN_COUNT, wins.size()))) {
            row += 15;
            GapRow r = win.line().row();
            c.text("•", x, row, 8.5f, false);
            c.text(c.fit(win.line().item().displayName(), 8.5f, w - 10), x + 8, row, 8.5f, true);
            String who = (r.getOwner() == null || r.getOwner().isBlank() ? "no owner yet" : r.getOwner())
                    + (r.getTargetDate() == null ? "" : " · " + r.getTargetDate());
            c.gray(0.25f);
            c.text(c.fit(win.part().title() + " · " + who, 7.5f, w - 10), x + 8, row + 9, 7.5f, false);
            c.gray(0);
            row += 7;
        }
    }
}
