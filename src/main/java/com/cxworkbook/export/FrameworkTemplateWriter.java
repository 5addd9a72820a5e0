package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.*;
import static com.cxworkbook.export.TemplateSheetCells.list;
import static com.cxworkbook.export.TemplateSheetCells.stageList;
import static com.cxworkbook.export.TemplateSheetCells.text;
import static com.cxworkbook.export.TemplateSheetCells.widths;

import com.cxworkbook.domain.Band;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Recommendation;
import com.cxworkbook.domain.Section;
import com.cxworkbook.io.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the framework spreadsheet template: instructions, then one sheet each for the framework, its
 * stages, its items and its closing-the-gap actions, filled with a framework (an installed one, to edit it
 * in Excel, or the example for a new one). Drop-down lists guide the choices; everything is plain text or
 * whole numbers, so {@link FrameworkTemplateReader} reads back exactly this framework.
 */
public final class FrameworkTemplateWriter {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final TemplateSheetCells cells = new TemplateSheetCells(workbook);
    private final Styles styles = cells.styles;

    private FrameworkTemplateWriter() {}

    /** A new template holding the filled-in example. */
    public static void writeBlank(Path target) throws ExportException {
        write(FrameworkTemplate.example(), target);
    }

    /** The template filled with {@code framework}; importing it unchanged reports "no changes". */
    public static void write(Framework framework, Path target) throws ExportException {
        FrameworkTemplateWriter writer = new FrameworkTemplateWriter();
        writer.instructions(framework);
        writer.frameworkSheet(framework);
        writer.stagesSheet(framework);
        writer.itemsSheet(framework);
        writer.actionsSheet(framework);
        writer.workbook.forEach(TemplateSheetCells::fitRowHeights);
        writer.save(target.toAbsolutePath());
    }

    private void save(Path target) throws ExportException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(
                    ExportException.Kind.TARGET, "The folder " + folder + " does not exist; choose another place.");
        }
        try {
            // the one atomic writer (io): temp file beside the target, forced to disk, then moved into place
            new AtomicFileWriter().write(target, workbook::write, false);
        } catch (IOException e) {
            throw new ExportException(
                    ExportException.Kind.TARGET,
                    target.getFileName() + " could not be written (" + e.getMessage()
                            + "). Close it in Excel, or choose another name or folder.",
                    e);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing was open on disk: the workbook lived in memory
            }
        }
    }

    private void instructions(Framework framework) {
        XSSFSheet sheet = workbook.createSheet(INSTRUCTIONS);
        sheet.setColumnWidth(0, 100 * 256);
        String[] lines = {
            "CX Maturity Workbook — framework template",
            "Fill in the four sheets, save as .xlsx, then in the app use File › Import framework… "
                    + "(or: cx-maturity-workbook import-framework <file.xlsx>).",
            "",
            FRAMEWORK + ": one value per row in column B: id, name, version, scale, scoring method; then the label of "
                    + "each rating value and, for SUM_BANDS, the score band of each stage.",
            STAGES
                    + ": one row per stage or level, lowest first. 'Closing the gap' says what to do to reach that stage; "
                    + "add columns headed 'Detail: <name>' (e.g. Detail: People) for more about each stage.",
            ITEMS + ": one row per rated statement, in order, grouped by section. Repeat the Section id on every row. "
                    + "Guidance (optional) helps the facilitator: what to ask, what evidence to look for. "
                    + "Descriptor columns say what each rating looks like (optional; add 'Descriptor 6' etc. for a longer scale).",
            ACTIONS
                    + ": one row per closing-the-gap action, with the Stage id it leads to and, optionally, the Section ids"
                    + " it serves (comma-separated; tag every action of a stage or none).",
            "",
            "Ids: lowercase letters, digits and '-' (leave Item id, Section id or Stage id empty and the app makes one from the name).",
            "Stage references (Section stage, Item stage, Score bands, Actions) take a Stage id or a Stage name.",
            "Only typed text and numbers are read: formulas and links to other files are refused, so type values in.",
            "To publish a new version of a framework, keep its id and raise its Version: workbooks rated on the old version keep it.",
            "",
            framework.id().equals(EXAMPLE_ID)
                    ? "The rows filled in now are an example: replace them with your framework."
                    : "This template holds " + framework.name() + " " + framework.version()
                            + ": edit it and raise the version."
        };
        for (int i = 0; i < lines.length; i++) {
            XSSFCell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            cell.setCellStyle(i == 0 ? styles.title : styles.wrapped);
        }
    }

    private void frameworkSheet(Framework f) {
        XSSFSheet sheet = workbook.createSheet(FRAMEWORK);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        cells.header(sheet, 0, List.of("Field", "Value", "What to enter"));
        int r = 1;
        Object[] values = {
            f.id(),
            f.name(),
            f.version(),
            f.publisher(),
            f.source(),
            f.description(),
            f.scoring().method().name(),
            f.scoring().threshold(),
            f.scale().min(),
            f.scale().max(),
            f.scale().allowNotApplicable() ? "Yes" : "No"
        };
        int i = 0;
        for (String field : FIELD_HELP.keySet()) {
            XSSFRow row = sheet.createRow(r);
            text(row, 0, field, styles.label);
            cells.value(row, 1, values[i++]);
            (row.getCell(1) == null ? row.createCell(1) : row.getCell(1)).setCellStyle(cells.typedText);
            text(row, 2, FIELD_HELP.get(field), styles.wrapped);
            if (field.equals(METHOD)) {
                list(sheet, r, 1, METHODS.toArray(String[]::new));
            } else if (field.equals(NOT_APPLICABLE)) {
                list(sheet, r, 1, "Yes", "No");
            }
            r++;
        }
        r++;
        text(sheet.createRow(r++), 0, LABELS, styles.label);
        cells.header(sheet, r++, List.of("Rating", "Label"));
        for (int v = f.scale().min(); v <= f.scale().max(); v++) {
            XSSFRow row = sheet.createRow(r++);
            cells.value(row, 0, v);
            cells.value(row, 1, f.scale().labels().get(v));
        }
        r++;
        text(sheet.createRow(r++), 0, BANDS, styles.label);
        XSSFRow bandHeader = sheet.createRow(r++);
        cells.header(bandHeader, List.of("From", "To", STAGE_ID));
        text(
                bandHeader,
                3,
                "SUM_BANDS only: one row per stage, the total of all ratings from–to; the bands must cover "
                        + "every possible total without gaps or overlaps.",
                styles.wrapped);
        int first = r;
        for (Band band : f.scoring().bands()) {
            XSSFRow row = sheet.createRow(r++);
            cells.value(row, 0, band.min());
            cells.value(row, 1, band.max());
            cells.value(row, 2, band.level());
        }
        stageList(sheet, first, Math.max(r, first + 10), 2);
    }

    private void stagesSheet(Framework f) {
        XSSFSheet sheet = workbook.createSheet(STAGES);
        Set<String> details = new LinkedHashSet<>();
        f.levels().forEach(l -> details.addAll(l.details().keySet()));
        List<String> columns = new ArrayList<>(STAGE_COLUMNS);
        details.forEach(d -> columns.add(DETAIL_PREFIX + d));
        cells.header(sheet, 0, columns);
        int r = 1;
        for (Level level : f.levels()) {
            XSSFRow row = sheet.createRow(r++);
            cells.value(row, 0, level.id());
            cells.value(row, 1, level.name());
            cells.value(row, 2, level.summary());
            f.recommendationTo(level.id()).ifPresent(rec -> {
                cells.value(row, 3, rec.title());
                cells.value(row, 4, rec.text());
            });
            int c = STAGE_COLUMNS.size();
            for (String detail : details) {
                cells.value(row, c++, level.details().get(detail));
            }
        }
        widths(sheet, columns.size(), 16, 22, 50, 30, 40);
        sheet.createFreezePane(0, 1);
    }

    private void itemsSheet(Framework f) {
        XSSFSheet sheet = workbook.createSheet(ITEMS);
        List<String> columns = new ArrayList<>(ITEM_COLUMNS);
        for (int v = f.scale().min(); v <= f.scale().max(); v++) {
            String label = f.scale().labels().get(v);
            columns.add(DESCRIPTOR_PREFIX + v + (label == null ? "" : " (" + label + ")"));
        }
        cells.header(sheet, 0, columns);
        int r = 1;
        for (Section section : f.sections()) {
            boolean first = true;
            for (Item item : section.items()) {
                XSSFRow row = sheet.createRow(r++);
                cells.value(row, 0, section.id());
                cells.value(row, 1, section.name());
                if (first) {
                    cells.value(row, 2, section.description());
                    cells.value(row, 3, section.level());
                    first = false;
                }
                cells.value(row, 4, item.id());
                cells.value(row, 5, item.name());
                cells.value(row, 6, item.shortName());
                cells.value(row, 7, item.statement());
                cells.value(row, 8, item.level());
                cells.value(row, 9, item.guidance());
                int c = ITEM_COLUMNS.size();
                for (int v = f.scale().min(); v <= f.scale().max(); v++) {
                    cells.value(row, c++, item.descriptor(v));
                }
            }
        }
        stageList(sheet, 1, Math.max(r, 200), 3);
        stageList(sheet, 1, Math.max(r, 200), 8);
        widths(sheet, columns.size(), 16, 22, 30, 14, 22, 26, 18, 60, 14, 40, 40);
        sheet.createFreezePane(0, 1);
    }

    private void actionsSheet(Framework f) {
        XSSFSheet sheet = workbook.createSheet(ACTIONS);
        cells.header(sheet, 0, ACTION_COLUMNS);
        int r = 1;
        for (Recommendation rec : f.recommendations()) {
            for (int a = 0; a < rec.actions().size(); a++) {
                XSSFRow row = sheet.createRow(r++);
                cells.value(row, 0, rec.toLevel());
                cells.value(row, 1, rec.actions().get(a));
                if (a < rec.actionSections().size() && rec.actionSections().get(a) != null) {
                    cells.value(row, 2, String.join(", ", rec.actionSections().get(a)));
                }
            }
        }
        stageList(sheet, 1, Math.max(r, 200), 0);
        widths(sheet, 3, 18, 90, 30);
        sheet.createFreezePane(0, 1);
    }
}
