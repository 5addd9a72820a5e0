package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.GUIDANCE;
import static com.cxworkbook.export.FrameworkTemplate.ITEM_ID;
import static com.cxworkbook.export.FrameworkTemplate.ITEM_NAME;
import static com.cxworkbook.export.FrameworkTemplate.ITEM_STAGE;
import static com.cxworkbook.export.FrameworkTemplate.SECTION_DESCRIPTION;
import static com.cxworkbook.export.FrameworkTemplate.SECTION_ID;
import static com.cxworkbook.export.FrameworkTemplate.SECTION_NAME;
import static com.cxworkbook.export.FrameworkTemplate.SECTION_STAGE;
import static com.cxworkbook.export.FrameworkTemplate.SHORT_NAME;
import static com.cxworkbook.export.FrameworkTemplate.STATEMENT;
import static com.cxworkbook.export.TemplateCells.col;
import static com.cxworkbook.export.TemplateCells.ref;
import static com.cxworkbook.export.TemplateCells.unique;

import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The template's Items sheet: one item per row, grouped into sections by Section id (made from the section
 * name when empty); a section's name, description and stage come from the first row that fills them in, and
 * a different value on a later row of the same section is a problem.
 */
final class ItemsSheetReader {

    private static final Pattern DESCRIPTOR = Pattern.compile("(?i)descriptor\\s+(\\d{1,2})\\b.*");

    private final TemplateCells cells;
    private final StagesSheetReader stages;

    ItemsSheetReader(TemplateCells cells, StagesSheetReader stages) {
        this.cells = cells;
        this.stages = stages;
    }

    List<Section> read(Sheet sheet) {
        Map<String, Integer> columns = cells.headers(sheet, List.of(SECTION_NAME, ITEM_NAME, STATEMENT));
        Map<Integer, Integer> descriptorColumns = new LinkedHashMap<>();
        columns.forEach((header, c) -> {
            Matcher m = DESCRIPTOR.matcher(header);
            if (m.matches()) {
                descriptorColumns.put(Integer.parseInt(m.group(1)), c);
            }
        });
        cells.record("$.sections", sheet.getSheetName() + "!A1");
        Map<String, SectionRows> sections = new LinkedHashMap<>();
        Set<String> itemIds = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String sectionId = cells.get(sheet, row, columns, SECTION_ID);
            String sectionName = cells.get(sheet, row, columns, SECTION_NAME);
            String itemId = cells.get(sheet, row, columns, ITEM_ID);
            String itemName = cells.get(sheet, row, columns, ITEM_NAME);
            String statement = cells.get(sheet, row, columns, STATEMENT);
            Map<Integer, String> descriptors = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> d : descriptorColumns.entrySet()) {
                String text = cells.text(sheet, row, d.getValue());
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
            section.take(cells, sheet, r, columns, SECTION_NAME, 0);
            section.take(cells, sheet, r, columns, SECTION_DESCRIPTION, 1);
            section.take(cells, sheet, r, columns, SECTION_STAGE, 2);
            if (itemId == null && itemName != null) {
                itemId = unique(Slug.of(itemName, "item-" + (r + 1)), itemIds);
            }
            if (itemId != null) {
                itemIds.add(itemId);
            }
            section.items.add(new Item(
                    itemId,
                    itemName,
                    cells.get(sheet, row, columns, SHORT_NAME),
                    statement,
                    descriptors,
                    stages.stage(cells.get(sheet, row, columns, ITEM_STAGE)),
                    cells.get(sheet, row, columns, GUIDANCE)));
            section.rows.add(r);
            if (section.firstRow < 0) {
                section.firstRow = r;
            }
        }
        List<Section> result = new ArrayList<>();
        for (SectionRows rows : sections.values()) {
            String path = "$.sections[" + result.size() + "]";
            cells.record(path, ref(sheet, rows.firstRow, col(columns, SECTION_ID), SECTION_ID));
            cells.record(path + ".id", ref(sheet, rows.firstRow, col(columns, SECTION_ID), SECTION_ID));
            cells.record(path + ".name", ref(sheet, rows.firstRow, col(columns, SECTION_NAME), SECTION_NAME));
            cells.record(path + ".level", ref(sheet, rows.firstRow, col(columns, SECTION_STAGE), SECTION_STAGE));
            cells.record(path + ".items", ref(sheet, rows.firstRow, col(columns, ITEM_ID), ITEM_ID));
            for (int i = 0; i < rows.rows.size(); i++) {
                int r = rows.rows.get(i);
                String item = path + ".items[" + i + "]";
                cells.record(item, ref(sheet, r, col(columns, ITEM_ID), ITEM_ID));
                cells.record(item + ".id", ref(sheet, r, col(columns, ITEM_ID), ITEM_ID));
                cells.record(item + ".name", ref(sheet, r, col(columns, ITEM_NAME), ITEM_NAME));
                cells.record(item + ".statement", ref(sheet, r, col(columns, STATEMENT), STATEMENT));
                cells.record(item + ".level", ref(sheet, r, col(columns, ITEM_STAGE), ITEM_STAGE));
                descriptorColumns.forEach((value, c) ->
                        cells.record(item + ".descriptors." + value, ref(sheet, r, c, "Descriptor " + value)));
            }
            result.add(new Section(rows.id, rows.values[0], rows.values[1], stages.stage(rows.values[2]), rows.items));
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

        void take(TemplateCells cells, Sheet sheet, int r, Map<String, Integer> columns, String column, int index) {
            String value = cells.get(sheet, sheet.getRow(r), columns, column);
            if (value == null) {
                return;
            }
            String where = ref(sheet, r, col(columns, column), column);
            if (values[index] == null) {
                values[index] = value;
                firstCell[index] = where;
            } else if (!values[index].equals(value)) {
                cells.problem(
                        where,
                        "section \"" + id + "\" has \"" + values[index] + "\" here in "
                                + firstCell[index] + " but \"" + value + "\" here. Use the same "
                                + column.toLowerCase(Locale.ROOT)
                                + " on every row of the section, or leave it empty after the first, or give the rows different Section ids");
            }
        }
    }
}
