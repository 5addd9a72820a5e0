package com.cxworkbook.export;

import com.cxworkbook.domain.GapField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The header row of a client's edited gap sheet and the columns it can read, found by the hidden "Item id"
 * header and the header texts (the export's own first, then any header starting the same way), so added or
 * moved columns do not matter.
 */
final class GapSheetHeader {

    /** The header texts (lower case, start of text) that identify a readable column. */
    private static final Map<String, GapField<?>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("priority", GapField.PRIORITY);
        HEADERS.put("potential effort", GapField.EFFORT);
        HEADERS.put("type of initiative", GapField.INITIATIVE);
        HEADERS.put("action", GapField.ACTIONS);
        HEADERS.put("target completion date", GapField.TARGET_DATE);
        HEADERS.put("owner", GapField.OWNER);
        HEADERS.put("status", GapField.STATUS);
    }

    private static final int HEADER_SEARCH_ROWS = 40;
    private static final int HEADER_SEARCH_COLUMNS = 60;

    final int row;
    final int idColumn;
    int activity = -1;
    final Map<GapField<?>, Integer> fields = new LinkedHashMap<>();
    final Map<Integer, String> names = new HashMap<>();

    private GapSheetHeader(int row, int idColumn) {
        this.row = row;
        this.idColumn = idColumn;
    }

    String activityName() {
        return activity < 0 ? "" : names.get(activity);
    }

    /** The sheet's header, or null when the sheet is not a gap sheet (no "Item id" header near the top). */
    static GapSheetHeader find(Sheet sheet, GapCellValues cells) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < Math.min(row.getLastCellNum(), HEADER_SEARCH_COLUMNS); c++) {
                if (GapSheet.ITEM_ID_HEADER.equalsIgnoreCase(
                        cells.text(row.getCell(c)).strip())) {
                    return read(row, c, cells);
                }
            }
        }
        return null;
    }

    private static GapSheetHeader read(Row row, int idColumn, GapCellValues cells) {
        GapSheetHeader header = new GapSheetHeader(row.getRowNum(), idColumn);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String name = cells.text(row.getCell(c)).strip();
            header.names.put(c, name);
            if (name.equalsIgnoreCase("activity") && header.activity < 0) {
                header.activity = c;
            }
        }
        // the export's own headers first, so a column the client added ("Owner's email") is not taken for ours
        for (boolean exact : new boolean[] {true, false}) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String lower = header.names.get(c).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, GapField<?>> known : HEADERS.entrySet()) {
                    boolean matches = exact
                            ? lower.equals(
                                            known.getValue() == GapField.PRIORITY
                                                    ? "priority of gap"
                                                    : known.getValue() == GapField.ACTIONS
                                                            ? "action(s) to address gap"
                                                            : known.getKey())
                                    || (exact && lower.startsWith(known.getKey() + " ("))
                            : lower.startsWith(known.getKey());
                    if (matches && !header.fields.containsKey(known.getValue()) && !header.fields.containsValue(c)) {
                        header.fields.put(known.getValue(), c);
                    }
                }
            }
        }
        return header;
    }
}
