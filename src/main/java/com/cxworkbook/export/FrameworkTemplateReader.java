package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.*;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.FrameworkValidator;
import com.cxworkbook.domain.Recommendation;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.domain.Scoring;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Section;
import com.cxworkbook.domain.ValidationProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a framework from the spreadsheet template ({@link FrameworkTemplate}) and checks it with the same
 * {@link FrameworkValidator} as framework files. Every problem names the sheet and cell and says what to
 * change. Only typed text and numbers are read: formulas and external links are refused (see
 * {@link TemplateSafety}), so opening a file never computes or fetches anything.
 *
 * <p>This class checks the file and its sheets and puts the framework together; each sheet has its reader
 * ({@link FrameworkSheetReader}, {@link StagesSheetReader}, {@link ItemsSheetReader},
 * {@link ActionsSheetReader}), all reading through one {@link TemplateCells}, which keeps the problems and
 * the cell behind every JSON path.
 */
public final class FrameworkTemplateReader {

    private final XSSFWorkbook workbook;
    private final TemplateCells cells = new TemplateCells();

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
        if (!cells.problems.isEmpty()) {
            return new TemplateImport(null, cells.problems);
        }
        FrameworkSheetReader frameworkReader = new FrameworkSheetReader(frameworkSheet, cells);
        Map<String, Object> fields = frameworkReader.fields();
        StagesSheetReader stages = new StagesSheetReader(cells);
        stages.read(stagesSheet);
        Scale scale = frameworkReader.scale(fields);
        List<Section> sections = new ItemsSheetReader(cells, stages).read(itemsSheet);
        ActionsSheetReader actions = new ActionsSheetReader(cells, stages);
        actions.read(actionsSheet);
        List<Recommendation> recommendations = actions.recommendations();
        ScoringMethod method = (ScoringMethod) fields.get(METHOD);
        Scoring scoring = method == null
                ? null
                : new Scoring(
                        method,
                        method == ScoringMethod.SUM_BANDS ? frameworkReader.bands(stages::stage) : List.of(),
                        method == ScoringMethod.STAGE_CHECKLIST ? (Integer) fields.get(THRESHOLD) : null);
        if (!cells.problems.isEmpty()) {
            return new TemplateImport(null, cells.problems);
        }
        Framework framework = new Framework(
                (String) fields.get(ID),
                (String) fields.get(VERSION),
                (String) fields.get(NAME),
                (String) fields.get(PUBLISHER),
                (String) fields.get(SOURCE),
                (String) fields.get(DESCRIPTION),
                scale,
                stages.levels(),
                sections,
                scoring,
                recommendations);
        for (ValidationProblem p : FrameworkValidator.validate(framework)) {
            cells.problem(cells.cellOf(p.path()), p.message() + ". " + TemplateHints.forMessage(p.message()));
        }
        if (EXAMPLE_ID.equals(framework.id())) {
            cells.problem(
                    cells.cellOf("$.id"),
                    "is still the example's id. Give your framework its own id,"
                            + " e.g. acme-cx-maturity, and replace the example rows on every sheet");
        }
        return new TemplateImport(cells.problems.isEmpty() ? framework : null, cells.problems);
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            cells.problem(
                    name,
                    "the sheet \"" + name + "\" is missing. Start from File › New framework"
                            + " template… (or copy the sheet from it); sheets needed: " + FRAMEWORK + ", " + STAGES
                            + ", " + ITEMS
                            + " and optionally " + ACTIONS);
        }
        return sheet;
    }
}
