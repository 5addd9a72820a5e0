package com.cxworkbook.ui.gaps;

import com.cxworkbook.ui.workbook.GapWorksheetModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Copy, paste and clear of worksheet cells as a spreadsheet does them, each paste or clear one undoable
 * edit. Values go through the columns ({@link GapColumn#paste}), so a pasted cell is checked like a typed one.
 */
final class GapClipboard {

    private final GapWorksheetViewModel worksheet;
    private final GapWorksheetModel gaps;
    private final Consumer<String> message;

    GapClipboard(GapWorksheetViewModel worksheet, GapWorksheetModel gaps, Consumer<String> message) {
        this.worksheet = worksheet;
        this.gaps = gaps;
        this.message = message;
    }

    String copy(List<GapRowViewModel> rowsToCopy, List<GapColumn> columns) {
        List<List<String>> table = new ArrayList<>();
        for (GapRowViewModel row : rowsToCopy) {
            table.add(columns.stream().map(c -> c.text(row)).toList());
        }
        return Tsv.format(table);
    }

    int paste(String text, List<GapRowViewModel> targets, GapColumn startColumn, List<GapColumn> columns) {
        List<List<String>> values = Tsv.parse(text);
        int firstColumn = columns.indexOf(startColumn);
        if (values.isEmpty() || targets.isEmpty() || firstColumn < 0) {
            return 0;
        }
        List<String> problems = new ArrayList<>();
        int[] pasted = {0};
        gaps.group("paste", () -> {
            for (int r = 0; r < values.size() && r < targets.size(); r++) {
                for (int c = 0; c < values.get(r).size() && firstColumn + c < columns.size(); c++) {
                    GapColumn column = columns.get(firstColumn + c);
                    if (!column.editable()) {
                        continue;
                    }
                    try {
                        column.paste(worksheet, targets.get(r), values.get(r).get(c));
                        pasted[0]++;
                    } catch (IllegalArgumentException e) {
                        problems.add(targets.get(r).activity() + ": " + e.getMessage());
                    }
                }
            }
        });
        String summary = "Pasted " + pasted[0] + " cell" + (pasted[0] == 1 ? "" : "s") + ".";
        if (values.size() > targets.size()) {
            summary += " " + (values.size() - targets.size()) + " row(s) did not fit below the last activity.";
        }
        message.accept(
                problems.isEmpty()
                        ? summary
                        : summary + " Skipped " + problems.size() + ": "
                                + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                                + (problems.size() > 3 ? "; …" : ""));
        return pasted[0];
    }

    void clear(List<GapRowViewModel> rowsToClear, List<GapColumn> columns) {
        gaps.group("clear cells", () -> {
            for (GapRowViewModel row : rowsToClear) {
                for (GapColumn column : columns) {
                    if (column.editable()) {
                        column.paste(worksheet, row, "");
                    }
                }
            }
        });
    }
}
