package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.BANDS;
import static com.cxworkbook.export.FrameworkTemplate.DESCRIPTION;
import static com.cxworkbook.export.FrameworkTemplate.FIELD_HELP;
import static com.cxworkbook.export.FrameworkTemplate.FRAMEWORK;
import static com.cxworkbook.export.FrameworkTemplate.HIGHEST;
import static com.cxworkbook.export.FrameworkTemplate.ID;
import static com.cxworkbook.export.FrameworkTemplate.LABELS;
import static com.cxworkbook.export.FrameworkTemplate.LOWEST;
import static com.cxworkbook.export.FrameworkTemplate.METHOD;
import static com.cxworkbook.export.FrameworkTemplate.METHODS;
import static com.cxworkbook.export.FrameworkTemplate.NAME;
import static com.cxworkbook.export.FrameworkTemplate.NOT_APPLICABLE;
import static com.cxworkbook.export.FrameworkTemplate.PUBLISHER;
import static com.cxworkbook.export.FrameworkTemplate.SOURCE;
import static com.cxworkbook.export.FrameworkTemplate.STAGE_ID;
import static com.cxworkbook.export.FrameworkTemplate.THRESHOLD;
import static com.cxworkbook.export.FrameworkTemplate.VERSION;
import static com.cxworkbook.export.TemplateCells.ref;

import com.cxworkbook.domain.Band;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.domain.ScoringMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The template's Framework sheet: the labelled fields (id, name, scoring method, scale …), the scale labels
 * table and, for SUM_BANDS, the score bands table.
 */
final class FrameworkSheetReader {

    private final Sheet sheet;
    private final TemplateCells cells;

    FrameworkSheetReader(Sheet sheet, TemplateCells cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    /**
     * Field label → value: text as typed, the method as a {@link ScoringMethod}, threshold and scale ends as
     * Integers; null for a missing or unusable value (with a problem where one is required).
     */
    Map<String, Object> fields() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Row row : sheet) {
            String label = cells.text(sheet, row, 0);
            if (label != null && FIELD_HELP.containsKey(label) && !rows.containsKey(label)) {
                rows.put(label, row.getRowNum());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        String[][] paths = {
            {ID, "$.id"},
            {NAME, "$.name"},
            {VERSION, "$.version"},
            {PUBLISHER, "$.publisher"},
            {SOURCE, "$.source"},
            {DESCRIPTION, "$.description"},
            {METHOD, "$.scoring"},
            {THRESHOLD, "$.scoring.threshold"},
            {LOWEST, "$.scale.min"},
            {HIGHEST, "$.scale.max"},
            {NOT_APPLICABLE, "$.scale.allowNotApplicable"}
        };
        for (String[] field : paths) {
            Integer r = rows.get(field[0]);
            String where =
                    r == null ? FRAMEWORK + " (row \"" + field[0] + "\" is missing)" : ref(sheet, r, 1, field[0]);
            cells.record(field[1], where);
            String value = r == null ? null : cells.text(sheet, sheet.getRow(r), 1);
            values.put(field[0], value);
        }
        cells.record("$.scoring.method", cells.at("$.scoring"));
        cells.record("$.scale", cells.at("$.scale.min"));
        cells.record("$.scale.labels", cells.at("$.scale.min"));
        String method = (String) values.get(METHOD);
        values.put(METHOD, null);
        if (method == null) {
            cells.problem(cells.at("$.scoring"), "is empty. Choose SUM_BANDS, MEAN_LEVEL or STAGE_CHECKLIST");
        } else if (!METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            cells.problem(
                    cells.at("$.scoring"),
                    "\"" + method + "\" is not a scoring method." + " Choose SUM_BANDS, MEAN_LEVEL or STAGE_CHECKLIST");
        } else {
            values.put(METHOD, ScoringMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        }
        values.put(THRESHOLD, cells.whole((String) values.get(THRESHOLD), cells.at("$.scoring.threshold"), false));
        values.put(LOWEST, cells.whole((String) values.get(LOWEST), cells.at("$.scale.min"), true));
        values.put(HIGHEST, cells.whole((String) values.get(HIGHEST), cells.at("$.scale.max"), true));
        return values;
    }

    /** The scale from the fields and the labels table; null when either end is missing. */
    Scale scale(Map<String, Object> fields) {
        Integer min = (Integer) fields.get(LOWEST);
        Integer max = (Integer) fields.get(HIGHEST);
        String na = (String) fields.get(NOT_APPLICABLE);
        boolean allowNa =
                na == null || na.equalsIgnoreCase("yes") || na.equalsIgnoreCase("true") || na.equalsIgnoreCase("y");
        if (na != null
                && !allowNa
                && !na.equalsIgnoreCase("no")
                && !na.equalsIgnoreCase("false")
                && !na.equalsIgnoreCase("n")) {
            cells.problem(
                    cells.at("$.scale.allowNotApplicable"), "\"" + na + "\" is neither Yes nor No. Enter Yes or No");
        }
        Map<Integer, String> labels = new LinkedHashMap<>();
        int r = tableStart(LABELS);
        for (; r >= 0 && r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String value = cells.text(sheet, row, 0);
            if (value == null || value.equals(BANDS)) {
                break;
            }
            Integer rating = cells.whole(value, ref(sheet, r, 0, "Rating"), true);
            String label = cells.text(sheet, row, 1);
            if (rating != null && label != null) {
                labels.put(rating, label);
                cells.record("$.scale.labels." + rating, ref(sheet, r, 0, "Rating"));
            }
        }
        return min == null || max == null ? null : new Scale(min, max, labels, allowNa);
    }

    /** The score bands table; each band's stage as typed, turned into a stage id by {@code stageId}. */
    List<Band> bands(UnaryOperator<String> stageId) {
        List<Band> bands = new ArrayList<>();
        int r = tableStart(BANDS);
        if (r < 0) {
            cells.record("$.scoring.bands", FRAMEWORK + " (the \"" + BANDS + "\" table is missing)");
            return bands;
        }
        cells.record("$.scoring.bands", ref(sheet, r - 2, 0, BANDS));
        for (; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String from = cells.text(sheet, row, 0);
            String to = cells.text(sheet, row, 1);
            String stage = cells.text(sheet, row, 2);
            if (from == null && to == null && stage == null) {
                break;
            }
            Integer min = cells.whole(from, ref(sheet, r, 0, "From"), true);
            Integer max = cells.whole(to, ref(sheet, r, 1, "To"), true);
            String path = "$.scoring.bands[" + bands.size() + "]";
            cells.record(path, ref(sheet, r, 0, "From"));
            cells.record(path + ".level", ref(sheet, r, 2, STAGE_ID));
            if (min != null && max != null) {
                bands.add(new Band(min, max, stageId.apply(stage)));
            }
        }
        return bands;
    }

    /** The first data row of a titled table (title row, header row, data), or -1 when the title is absent. */
    private int tableStart(String title) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && title.equalsIgnoreCase(cell.getStringCellValue().strip())) {
                return row.getRowNum() + 2;
            }
        }
        return -1;
    }
}
