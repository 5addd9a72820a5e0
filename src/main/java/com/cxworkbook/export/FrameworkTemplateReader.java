package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.*;

import com.cxworkbook.domain.Band;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.FrameworkValidator;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Recommendation;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.domain.Scoring;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Section;
import com.cxworkbook.domain.ValidationProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a framework from the spreadsheet template ({@link FrameworkTemplate}) and checks it with the same
 * {@link FrameworkValidator} as framework files. Every problem names the sheet and cell and says what to
 * change. Only typed text and numbers are read: formulas and external links are refused (see
 * {@link TemplateSafety}), so opening a file never computes or fetches anything.
 */
public final class FrameworkTemplateReader {

    private static final Pattern DESCRIPTOR = Pattern.compile("(?i)descriptor\\s+(\\d{1,2})\\b.*");

    private final XSSFWorkbook workbook;
    private final List<TemplateProblem> problems = new ArrayList<>();
    /** JSON path (as the validator reports it) → the cell it came from, e.g. "Items!E7 (Item id)". */
    private final Map<String, String> cells = new LinkedHashMap<>();

    private final Map<String, String> stageNames = new LinkedHashMap<>();
    private final Set<String> stageIds = new HashSet<>();

    private FrameworkTemplateReader(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** Reads and validates a framework spreadsheet; never throws for bad content. */
    public static TemplateImport read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return failed(
                        name,
                        "is larger than " + MAX_FILE_BYTES / 1024 / 1024
                                + " MB, far larger than any framework template; use the template from File › New framework template…");
            }
        } catch (IOException e) {
            return failed(
                    name, "could not be read (" + e.getMessage() + "); check the file is there and not open elsewhere");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            return failed(
                    name, "is not an Excel .xlsx file; save it from Excel or LibreOffice as .xlsx (Excel Workbook)");
        }
        try {
            List<TemplateProblem> unsafe = TemplateSafety.scan(pkg, name);
            if (!unsafe.isEmpty()) {
                return new TemplateImport(null, unsafe);
            }
            return new FrameworkTemplateReader(new XSSFWorkbook(pkg)).read();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return failed(
                    name,
                    "could not be read as a spreadsheet (" + e.getMessage() + "); save it again from Excel as .xlsx");
        } finally {
            pkg.revert();
        }
    }

    private static TemplateImport failed(String where, String message) {
        return new TemplateImport(null, List.of(new TemplateProblem(where, message)));
    }

    private TemplateImport read() {
        Sheet frameworkSheet = sheet(FRAMEWORK);
        Sheet stagesSheet = sheet(STAGES);
        Sheet itemsSheet = sheet(ITEMS);
        Sheet actionsSheet = workbook.getSheet(ACTIONS);
        if (!problems.isEmpty()) {
            return new TemplateImport(null, problems);
        }
        Map<String, Object> fields = fields(frameworkSheet);
        List<Level> levels = new ArrayList<>();
        Map<String, String[]> gapTexts = new LinkedHashMap<>();
        readStages(stagesSheet, levels, gapTexts);
        Scale scale = scale(frameworkSheet, fields);
        List<Section> sections = readItems(itemsSheet, scale);
        Map<String, List<String>> actions = new LinkedHashMap<>();
        Map<String, List<List<String>>> actionSections = new LinkedHashMap<>();
        Map<String, List<String>> actionSectionCells = new LinkedHashMap<>();
        readActions(actionsSheet, actions, actionSections, actionSectionCells);
        List<Recommendation> recommendations = new ArrayList<>();
        for (Map.Entry<String, String[]> stage : gapTexts.entrySet()) {
            List<String> stageActions = actions.getOrDefault(stage.getKey(), List.of());
            String[] text = stage.getValue();
            if (text[0] != null || text[1] != null || !stageActions.isEmpty()) {
                String path = "$.recommendations[" + recommendations.size() + "]";
                cells.put(path, text[2]);
                List<List<String>> tags = actionSections.getOrDefault(stage.getKey(), List.of());
                // untagged throughout is "no tags"; tagged in part is left for the validator to name the rows
                boolean anyTag = tags.stream().anyMatch(t -> !t.isEmpty());
                List<String> tagCells = actionSectionCells.getOrDefault(stage.getKey(), List.of());
                for (int a = 0; a < tagCells.size(); a++) {
                    cells.put(path + ".actionSections[" + a + "]", tagCells.get(a));
                }
                cells.put(path + ".actionSections", tagCells.isEmpty() ? text[2] : tagCells.get(0));
                recommendations.add(
                        new Recommendation(stage.getKey(), text[0], text[1], stageActions, anyTag ? tags : List.of()));
            }
        }
        ScoringMethod method = (ScoringMethod) fields.get(METHOD);
        Scoring scoring = method == null
                ? null
                : new Scoring(
                        method,
                        method == ScoringMethod.SUM_BANDS ? bands(frameworkSheet) : List.of(),
                        method == ScoringMethod.STAGE_CHECKLIST ? (Integer) fields.get(THRESHOLD) : null);
        if (!problems.isEmpty()) {
            return new TemplateImport(null, problems);
        }
        Framework framework = new Framework(
                (String) fields.get(ID),
                (String) fields.get(VERSION),
                (String) fields.get(NAME),
                (String) fields.get(PUBLISHER),
                (String) fields.get(SOURCE),
                (String) fields.get(DESCRIPTION),
                scale,
                levels,
                sections,
                scoring,
                recommendations);
        for (ValidationProblem p : FrameworkValidator.validate(framework)) {
            problems.add(
                    new TemplateProblem(cellOf(p.path()), p.message() + ". " + TemplateHints.forMessage(p.message())));
        }
        if (EXAMPLE_ID.equals(framework.id())) {
            problems.add(new TemplateProblem(
                    cellOf("$.id"),
                    "is still the example's id. Give your framework its own id,"
                            + " e.g. acme-cx-maturity, and replace the example rows on every sheet"));
        }
        return new TemplateImport(problems.isEmpty() ? framework : null, problems);
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.add(new TemplateProblem(
                    name,
                    "the sheet \"" + name + "\" is missing. Start from File › New framework"
                            + " template… (or copy the sheet from it); sheets needed: " + FRAMEWORK + ", " + STAGES
                            + ", " + ITEMS
                            + " and optionally " + ACTIONS));
        }
        return sheet;
    }

    // ---- Framework sheet ----

    private Map<String, Object> fields(Sheet sheet) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Row row : sheet) {
            String label = text(sheet, row, 0);
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
            cells.put(field[1], where);
            String value = r == null ? null : text(sheet, sheet.getRow(r), 1);
            values.put(field[0], value);
        }
        cells.put("$.scoring.method", cells.get("$.scoring"));
        cells.put("$.scale", cells.get("$.scale.min"));
        cells.put("$.scale.labels", cells.get("$.scale.min"));
        String method = (String) values.get(METHOD);
        values.put(METHOD, null);
        if (method == null) {
            problems.add(new TemplateProblem(
                    cells.get("$.scoring"), "is empty. Choose SUM_BANDS, MEAN_LEVEL or STAGE_CHECKLIST"));
        } else if (!METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            problems.add(new TemplateProblem(
                    cells.get("$.scoring"),
                    "\"" + method + "\" is not a scoring method."
                            + " Choose SUM_BANDS, MEAN_LEVEL or STAGE_CHECKLIST"));
        } else {
            values.put(METHOD, ScoringMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        }
        values.put(THRESHOLD, whole((String) values.get(THRESHOLD), cells.get("$.scoring.threshold"), false));
        values.put(LOWEST, whole((String) values.get(LOWEST), cells.get("$.scale.min"), true));
        values.put(HIGHEST, whole((String) values.get(HIGHEST), cells.get("$.scale.max"), true));
        return values;
    }

    private Scale scale(Sheet sheet, Map<String, Object> fields) {
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
            problems.add(new TemplateProblem(
                    cells.get("$.scale.allowNotApplicable"), "\"" + na + "\" is neither Yes nor No. Enter Yes or No"));
        }
        Map<Integer, String> labels = new LinkedHashMap<>();
        int r = tableStart(sheet, LABELS);
        for (; r >= 0 && r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String value = text(sheet, row, 0);
            if (value == null || value.equals(BANDS)) {
                break;
            }
            Integer rating = whole(value, ref(sheet, r, 0, "Rating"), true);
            String label = text(sheet, row, 1);
            if (rating != null && label != null) {
                labels.put(rating, label);
                cells.put("$.scale.labels." + rating, ref(sheet, r, 0, "Rating"));
            }
        }
        return min == null || max == null ? null : new Scale(min, max, labels, allowNa);
    }

    private List<Band> bands(Sheet sheet) {
        List<Band> bands = new ArrayList<>();
        int r = tableStart(sheet, BANDS);
        if (r < 0) {
            cells.put("$.scoring.bands", FRAMEWORK + " (the \"" + BANDS + "\" table is missing)");
            return bands;
        }
        cells.put("$.scoring.bands", ref(sheet, r - 2, 0, BANDS));
        for (; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String from = text(sheet, row, 0);
            String to = text(sheet, row, 1);
            String stage = text(sheet, row, 2);
            if (from == null && to == null && stage == null) {
                break;
            }
            Integer min = whole(from, ref(sheet, r, 0, "From"), true);
            Integer max = whole(to, ref(sheet, r, 1, "To"), true);
            String path = "$.scoring.bands[" + bands.size() + "]";
            cells.put(path, ref(sheet, r, 0, "From"));
            cells.put(path + ".level", ref(sheet, r, 2, STAGE_ID));
            if (min != null && max != null) {
                bands.add(new Band(min, max, stage(stage)));
            }
        }
        return bands;
    }

    /** The first data row of a titled table (title row, header row, data), or -1 when the title is absent. */
    private static int tableStart(Sheet sheet, String title) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && title.equalsIgnoreCase(cell.getStringCellValue().strip())) {
                return row.getRowNum() + 2;
            }
        }
        return -1;
    }

    // ---- Stages sheet ----

    private void readStages(Sheet sheet, List<Level> levels, Map<String, String[]> gapTexts) {
        Map<String, Integer> columns = headers(sheet, List.of(STAGE_NAME));
        Map<String, Integer> details = new LinkedHashMap<>();
        columns.forEach((header, c) -> {
            if (header.regionMatches(true, 0, DETAIL_PREFIX, 0, DETAIL_PREFIX.length())) {
                details.put(header.substring(DETAIL_PREFIX.length()).strip(), c);
            }
        });
        cells.put("$.levels", sheet.getSheetName() + "!A1");
        Set<String> ids = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String id = get(sheet, row, columns, STAGE_ID);
            String name = get(sheet, row, columns, STAGE_NAME);
            String summary = get(sheet, row, columns, SUMMARY);
            Map<String, String> detailTexts = new LinkedHashMap<>();
            details.forEach((label, c) -> {
                String text = text(sheet, row, c);
                if (text != null) {
                    detailTexts.put(label, text);
                }
            });
            String title = get(sheet, row, columns, GAP_TITLE);
            String gapText = get(sheet, row, columns, GAP_TEXT);
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
            cells.put(path, ref(sheet, r, col(columns, STAGE_ID), STAGE_ID));
            cells.put(path + ".id", ref(sheet, r, col(columns, STAGE_ID), STAGE_ID));
            cells.put(path + ".name", ref(sheet, r, col(columns, STAGE_NAME), STAGE_NAME));
            levels.add(new Level(id, name, summary, detailTexts));
            if (id != null) {
                stageIds.add(id);
                if (name != null) {
                    stageNames.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
                }
                gapTexts.putIfAbsent(
                        id, new String[] {title, gapText, ref(sheet, r, col(columns, GAP_TITLE), GAP_TITLE)});
            }
        }
    }

    /** A stage reference as typed: a stage id, or a stage name (any case) turned into its id. */
    private String stage(String typed) {
        if (typed == null) {
            return null;
        }
        if (stageIds.contains(typed)) {
            return typed;
        }
        return stageNames.getOrDefault(typed.toLowerCase(Locale.ROOT), typed);
    }

    // ---- Items sheet ----

    private List<Section> readItems(Sheet sheet, Scale scale) {
        Map<String, Integer> columns = headers(sheet, List.of(SECTION_NAME, ITEM_NAME, STATEMENT));
        Map<Integer, Integer> descriptorColumns = new LinkedHashMap<>();
        columns.forEach((header, c) -> {
            Matcher m = DESCRIPTOR.matcher(header);
            if (m.matches()) {
                descriptorColumns.put(Integer.parseInt(m.group(1)), c);
            }
        });
        cells.put("$.sections", sheet.getSheetName() + "!A1");
        Map<String, SectionRows> sections = new LinkedHashMap<>();
        Set<String> itemIds = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String sectionId = get(sheet, row, columns, SECTION_ID);
            String sectionName = get(sheet, row, columns, SECTION_NAME);
            String itemId = get(sheet, row, columns, ITEM_ID);
            String itemName = get(sheet, row, columns, ITEM_NAME);
            String statement = get(sheet, row, columns, STATEMENT);
            Map<Integer, String> descriptors = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> d : descriptorColumns.entrySet()) {
                String text = text(sheet, row, d.getValue());
                if (text != null) {
                    descriptors.put(d.getKey(), text);
                }
            }
            if (sectionId == null
                    && sectionName == null
                    && itemId == null
                    && itemName == null
                    && statement == null
                    && descriptors.isEmpty()) {
                continue;
            }
            if (sectionId == null) {
                sectionId = sectionName == null ? "section-" + (r + 1) : Slug.of(sectionName, "section-" + (r + 1));
            }
            SectionRows section = sections.computeIfAbsent(sectionId, SectionRows::new);
            section.take(this, sheet, r, columns, SECTION_NAME, 0);
            section.take(this, sheet, r, columns, SECTION_DESCRIPTION, 1);
            section.take(this, sheet, r, columns, SECTION_STAGE, 2);
            if (itemId == null && itemName != null) {
                itemId = unique(Slug.of(itemName, "item-" + (r + 1)), itemIds);
            }
            if (itemId != null) {
                itemIds.add(itemId);
            }
            section.items.add(new Item(
                    itemId,
                    itemName,
                    get(sheet, row, columns, SHORT_NAME),
                    statement,
                    descriptors,
                    stage(get(sheet, row, columns, ITEM_STAGE)),
                    get(sheet, row, columns, GUIDANCE)));
            section.rows.add(r);
            if (section.firstRow < 0) {
                section.firstRow = r;
            }
        }
        List<Section> result = new ArrayList<>();
        for (SectionRows rows : sections.values()) {
            String path = "$.sections[" + result.size() + "]";
            cells.put(path, ref(sheet, rows.firstRow, col(columns, SECTION_ID), SECTION_ID));
            cells.put(path + ".id", ref(sheet, rows.firstRow, col(columns, SECTION_ID), SECTION_ID));
            cells.put(path + ".name", ref(sheet, rows.firstRow, col(columns, SECTION_NAME), SECTION_NAME));
            cells.put(path + ".level", ref(sheet, rows.firstRow, col(columns, SECTION_STAGE), SECTION_STAGE));
            cells.put(path + ".items", ref(sheet, rows.firstRow, col(columns, ITEM_ID), ITEM_ID));
            for (int i = 0; i < rows.rows.size(); i++) {
                int r = rows.rows.get(i);
                String item = path + ".items[" + i + "]";
                cells.put(item, ref(sheet, r, col(columns, ITEM_ID), ITEM_ID));
                cells.put(item + ".id", ref(sheet, r, col(columns, ITEM_ID), ITEM_ID));
                cells.put(item + ".name", ref(sheet, r, col(columns, ITEM_NAME), ITEM_NAME));
                cells.put(item + ".statement", ref(sheet, r, col(columns, STATEMENT), STATEMENT));
                cells.put(item + ".level", ref(sheet, r, col(columns, ITEM_STAGE), ITEM_STAGE));
                descriptorColumns.forEach((value, c) ->
                        cells.put(item + ".descriptors." + value, ref(sheet, r, c, "Descriptor " + value)));
            }
            result.add(new Section(rows.id, rows.values[0], rows.values[1], stage(rows.values[2]), rows.items));
        }
        return result;
    }

    /** The rows of one section: its fields from the first row that fills them in, and its items. */
    private static final class SectionRows {
        final String id;
        final String[] values = new String[3];
        final String[] firstCell = new String[3];
        final List<Item> items = new ArrayList<>();
        final List<Integer> rows = new ArrayList<>();
        int firstRow = -1;

        SectionRows(String id) {
            this.id = id;
        }

        void take(
                FrameworkTemplateReader reader,
                Sheet sheet,
                int r,
                Map<String, Integer> columns,
                String column,
                int index) {
            String value = reader.get(sheet, sheet.getRow(r), columns, column);
            if (value == null) {
                return;
            }
            String where = ref(sheet, r, col(columns, column), column);
            if (values[index] == null) {
                values[index] = value;
                firstCell[index] = where;
            } else if (!values[index].equals(value)) {
                reader.problems.add(
                        new TemplateProblem(
                                where,
                                "section \"" + id + "\" has \"" + values[index] + "\" here in "
                                        + firstCell[index] + " but \"" + value + "\" here. Use the same "
                                        + column.toLowerCase(Locale.ROOT)
                                        + " on every row of the section, or leave it empty after the first, or give the rows different Section ids"));
            }
        }
    }

    // ---- Actions sheet ----

    private void readActions(
            Sheet sheet,
            Map<String, List<String>> actions,
            Map<String, List<List<String>>> sections,
            Map<String, List<String>> sectionCells) {
        if (sheet == null) {
            return;
        }
        Map<String, Integer> columns = headers(sheet, List.of(STAGE_ID, ACTION));
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String typed = get(sheet, row, columns, STAGE_ID);
            String action = get(sheet, row, columns, ACTION);
            if (typed == null && action == null) {
                continue;
            }
            String where = ref(sheet, r, col(columns, STAGE_ID), STAGE_ID);
            String stage = stage(typed);
            if (typed == null) {
                problems.add(new TemplateProblem(where, "is empty. Enter the Stage id this action leads to"));
            } else if (!stageIds.contains(stage)) {
                problems.add(new TemplateProblem(
                        where,
                        "no stage \"" + typed + "\" on the " + STAGES
                                + " sheet. Use a Stage id (or Stage name) from there"));
            } else if (action == null) {
                problems.add(new TemplateProblem(
                        ref(sheet, r, col(columns, ACTION), ACTION), "is empty. Write the action, or delete the row"));
            } else {
                actions.computeIfAbsent(stage, k -> new ArrayList<>()).add(action);
                String tags = get(sheet, row, columns, ACTION_SECTIONS);
                sections.computeIfAbsent(stage, k -> new ArrayList<>())
                        .add(
                                tags == null
                                        ? List.of()
                                        : java.util.Arrays.stream(tags.split("[,;\\n]"))
                                                .map(String::strip)
                                                .filter(t -> !t.isEmpty())
                                                .toList());
                sectionCells
                        .computeIfAbsent(stage, k -> new ArrayList<>())
                        .add(ref(sheet, r, col(columns, ACTION_SECTIONS), ACTION_SECTIONS));
            }
        }
    }

    // ---- cells ----

    /** Header name → column, from row 1; reports required headers that are missing. */
    private Map<String, Integer> headers(Sheet sheet, List<String> required) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Row header = sheet.getRow(0);
        if (header != null) {
            for (int c = 0; c < Math.min(header.getLastCellNum(), MAX_COLUMNS); c++) {
                String text = text(sheet, header, c);
                if (text != null) {
                    columns.putIfAbsent(canonical(text), c);
                }
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new TemplateProblem(
                        sheet.getSheetName() + "!1",
                        "the column \"" + column + "\" is missing from"
                                + " the header row. Put the headers back as in the template: "
                                + String.join(
                                        ", ",
                                        sheet.getSheetName().equals(ITEMS)
                                                ? ITEM_COLUMNS
                                                : sheet.getSheetName().equals(STAGES)
                                                        ? STAGE_COLUMNS
                                                        : ACTION_COLUMNS)));
            }
        }
        return columns;
    }

    /** The template's spelling of a known header typed in another case; other headers as typed. */
    private static String canonical(String header) {
        for (List<String> known : List.of(ITEM_COLUMNS, STAGE_COLUMNS, ACTION_COLUMNS)) {
            for (String name : known) {
                if (name.equalsIgnoreCase(header)) {
                    return name;
                }
            }
        }
        return header;
    }

    private static int col(Map<String, Integer> columns, String name) {
        return columns.getOrDefault(name, -1);
    }

    private String get(Sheet sheet, Row row, Map<String, Integer> columns, String column) {
        Integer c = columns.get(column);
        return c == null ? null : text(sheet, row, c);
    }

    /** A cell as stripped text (whole numbers without ".0"), or null when empty; formulas and errors are refused. */
    private String text(Sheet sheet, Row row, int column) {
        if (row == null || column < 0) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text =
                switch (cell.getCellType()) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> {
                        double d = cell.getNumericCellValue();
                        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
                    }
                    case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                    case FORMULA -> {
                        problems.add(new TemplateProblem(
                                ref(sheet, row.getRowNum(), column, null),
                                "holds a formula. Replace it with its value (copy, then Paste Special › Values)"));
                        yield null;
                    }
                    case ERROR -> {
                        problems.add(new TemplateProblem(
                                ref(sheet, row.getRowNum(), column, null), "holds an error value. Type the value in"));
                        yield null;
                    }
                    default -> null;
                };
        if (text == null) {
            return null;
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    private Integer whole(String text, String where, boolean required) {
        if (text == null) {
            if (required) {
                problems.add(new TemplateProblem(where, "is empty. Enter a whole number"));
            }
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new TemplateProblem(where, "\"" + text + "\" is not a whole number. Enter one such as 5"));
            return null;
        }
    }

    static String ref(Sheet sheet, int row, int column, String header) {
        if (column < 0) {
            return sheet.getSheetName() + "!" + (row + 1)
                    + (header == null ? "" : " (column \"" + header + "\" is missing)");
        }
        return sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString(false)
                + (header == null ? "" : " (" + header + ")");
    }

    /** The cell a validator path came from: the path itself, else its nearest recorded parent. */
    private String cellOf(String path) {
        String p = path;
        while (true) {
            String cell = cells.get(p);
            if (cell != null) {
                return cell;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 1) {
                return FRAMEWORK;
            }
            p = p.substring(0, cut);
        }
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
