package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.ACTION;
import static com.cxworkbook.export.FrameworkTemplate.ACTION_SECTIONS;
import static com.cxworkbook.export.FrameworkTemplate.STAGES;
import static com.cxworkbook.export.FrameworkTemplate.STAGE_ID;
import static com.cxworkbook.export.TemplateCells.col;
import static com.cxworkbook.export.TemplateCells.ref;

import com.cxworkbook.domain.Recommendation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The template's optional Actions sheet (one action per row, the stage it leads to, the sections it suits),
 * joined with the Stages sheet's "closing the gap" texts into the framework's recommendations.
 */
final class ActionsSheetReader {

    private final TemplateCells cells;
    private final StagesSheetReader stages;
    private final Map<String, List<String>> actions = new LinkedHashMap<>();
    private final Map<String, List<List<String>>> sections = new LinkedHashMap<>();
    private final Map<String, List<String>> sectionCells = new LinkedHashMap<>();

    ActionsSheetReader(TemplateCells cells, StagesSheetReader stages) {
        this.cells = cells;
        this.stages = stages;
    }

    /** Reads the sheet's rows; a missing sheet means no actions. */
    void read(Sheet sheet) {
        if (sheet == null) {
            return;
        }
        Map<String, Integer> columns = cells.headers(sheet, List.of(STAGE_ID, ACTION));
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String typed = cells.get(sheet, row, columns, STAGE_ID);
            String action = cells.get(sheet, row, columns, ACTION);
            if (typed == null && action == null) {
                continue;
            }
            String where = ref(sheet, r, col(columns, STAGE_ID), STAGE_ID);
            String stage = stages.stage(typed);
            if (typed == null) {
                cells.problem(where, "is empty. Enter the Stage id this action leads to");
            } else if (!stages.isStage(stage)) {
                cells.problem(
                        where,
                        "no stage \"" + typed + "\" on the " + STAGES
                                + " sheet. Use a Stage id (or Stage name) from there");
            } else if (action == null) {
                cells.problem(
                        ref(sheet, r, col(columns, ACTION), ACTION), "is empty. Write the action, or delete the row");
            } else {
                actions.computeIfAbsent(stage, k -> new ArrayList<>()).add(action);
                String tags = cells.get(sheet, row, columns, ACTION_SECTIONS);
                sections.computeIfAbsent(stage, k -> new ArrayList<>())
                        .add(
                                tags == null
                                        ? List.of()
                                        : Arrays.stream(tags.split("[,;\\n]"))
                                                .map(String::strip)
                                                .filter(t -> !t.isEmpty())
                                                .toList());
                sectionCells
                        .computeIfAbsent(stage, k -> new ArrayList<>())
                        .add(ref(sheet, r, col(columns, ACTION_SECTIONS), ACTION_SECTIONS));
            }
        }
    }

    /** One recommendation per stage with a "closing the gap" text or actions, in the Stages sheet's order. */
    List<Recommendation> recommendations() {
        List<Recommendation> recommendations = new ArrayList<>();
        for (Map.Entry<String, StagesSheetReader.GapText> stage :
                stages.gapTexts().entrySet()) {
            List<String> stageActions = actions.getOrDefault(stage.getKey(), List.of());
            StagesSheetReader.GapText text = stage.getValue();
            if (text.title() != null || text.text() != null || !stageActions.isEmpty()) {
                String path = "$.recommendations[" + recommendations.size() + "]";
                cells.record(path, text.cell());
                List<List<String>> tags = sections.getOrDefault(stage.getKey(), List.of());
                // untagged throughout is "no tags"; tagged in part is left for the validator to name the rows
                boolean anyTag = tags.stream().anyMatch(t -> !t.isEmpty());
                List<String> tagCells = sectionCells.getOrDefault(stage.getKey(), List.of());
                for (int a = 0; a < tagCells.size(); a++) {
                    cells.record(path + ".actionSections[" + a + "]", tagCells.get(a));
                }
                cells.record(path + ".actionSections", tagCells.isEmpty() ? text.cell() : tagCells.get(0));
                recommendations.add(new Recommendation(
                        stage.getKey(), text.title(), text.text(), stageActions, anyTag ? tags : List.of()));
            }
        }
        return recommendations;
    }
}
