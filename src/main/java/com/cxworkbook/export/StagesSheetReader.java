package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.DETAIL_PREFIX;
import static com.cxworkbook.export.FrameworkTemplate.GAP_TEXT;
import static com.cxworkbook.export.FrameworkTemplate.GAP_TITLE;
import static com.cxworkbook.export.FrameworkTemplate.STAGE_ID;
import static com.cxworkbook.export.FrameworkTemplate.STAGE_NAME;
import static com.cxworkbook.export.FrameworkTemplate.SUMMARY;
import static com.cxworkbook.export.TemplateCells.col;
import static com.cxworkbook.export.TemplateCells.ref;
import static com.cxworkbook.export.TemplateCells.unique;

import com.cxworkbook.domain.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The template's Stages sheet: one level per row (an empty id is made from the name), its "closing the gap"
 * texts, and the stage references of the other sheets, which may name a stage by id or by name.
 */
final class StagesSheetReader {

    /** A stage's "closing the gap" title and text as typed, and the cell of the title. */
    record GapText(String title, String text, String cell) {}

    private final TemplateCells cells;
    private final List<Level> levels = new ArrayList<>();
    private final Map<String, GapText> gapTexts = new LinkedHashMap<>();
    private final Map<String, String> stageNames = new LinkedHashMap<>();
    private final Set<String> stageIds = new HashSet<>();

    StagesSheetReader(TemplateCells cells) {
        this.cells = cells;
    }

    void read(Sheet sheet) {
        Map<String, Integer> columns = cells.headers(sheet, List.of(STAGE_NAME));
        Map<String, Integer> details = new LinkedHashMap<>();
        columns.forEach((header, c) -> {
            if (header.regionMatches(true, 0, DETAIL_PREFIX, 0, DETAIL_PREFIX.length())) {
                details.put(header.substring(DETAIL_PREFIX.length()).strip(), c);
            }
        });
        cells.record("$.levels", sheet.getSheetName() + "!A1");
        Set<String> ids = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String id = cells.get(sheet, row, columns, STAGE_ID);
            String name = cells.get(sheet, row, columns, STAGE_NAME);
            String summary = cells.get(sheet, row, columns, SUMMARY);
            Map<String, String> detailTexts = new LinkedHashMap<>();
            details.forEach((label, c) -> {
                String text = cells.text(sheet, row, c);
                if (text != null) {
                    detailTexts.put(label, text);
                }
            });
            String title = cells.get(sheet, row, columns, GAP_TITLE);
            String gapText = cells.get(sheet, row, columns, GAP_TEXT);
            if (id == null
                    && name == null
                    && summary == null
                    && detailTexts.isEmpty()
                    && title == null
                    && gapText == null) {
                continue;
            }
            if (id == null && name != null) {
                id = unique(Slug.of(name, "stage-" + (r + 1)), ids);
            }
            ids.add(id);
            String path = "$.levels[" + levels.size() + "]";
            cells.record(path, ref(sheet, r, col(columns, STAGE_ID), STAGE_ID));
            cells.record(path + ".id", ref(sheet, r, col(columns, STAGE_ID), STAGE_ID));
            cells.record(path + ".name", ref(sheet, r, col(columns, STAGE_NAME), STAGE_NAME));
            levels.add(new Level(id, name, summary, detailTexts));
            if (id != null) {
                stageIds.add(id);
                if (name != null) {
                    stageNames.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
                }
                gapTexts.putIfAbsent(
                        id, new GapText(title, gapText, ref(sheet, r, col(columns, GAP_TITLE), GAP_TITLE)));
            }
        }
    }

    List<Level> levels() {
        return levels;
    }

    /** Stage id → its "closing the gap" texts, in sheet order (first row of an id wins). */
    Map<String, GapText> gapTexts() {
        return gapTexts;
    }

    boolean isStage(String id) {
        return stageIds.contains(id);
    }

    /** A stage reference as typed: a stage id, or a stage name (any case) turned into its id. */
    String stage(String typed) {
        if (typed == null) {
            return null;
        }
        if (stageIds.contains(typed)) {
            return typed;
        }
        return stageNames.getOrDefault(typed.toLowerCase(Locale.ROOT), typed);
    }
}
