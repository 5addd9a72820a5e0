package com.cxworkbook.export;

import static com.cxworkbook.export.GapSheet.EFFORT;
import static com.cxworkbook.export.GapSheet.GAP;
import static com.cxworkbook.export.GapSheet.INITIATIVE;
import static com.cxworkbook.export.GapSheet.PRIORITY;
import static com.cxworkbook.export.GapSheet.STATUS;
import static com.cxworkbook.export.GapSheet.TARGET_DATE;

import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Priority;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What helps the client fill a Gap sheet's rows in Excel: drop-down lists for the choice columns, a date
 * check on the target date, and red / amber / green on the gap column.
 */
final class GapSheetInputs {

    private GapSheetInputs() {}

    /** Validations and colours on the item rows {@code first}..{@code last} (none when there are no rows). */
    static void add(XSSFSheet sheet, Framework framework, int first, int last) {
        if (last < first) {
            return;
        }
        addValidations(sheet, first, last);
        addGapColours(sheet, framework, first, last);
    }

    private static void addValidations(XSSFSheet sheet, int first, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        list(sheet, helper, PRIORITY, first, last, labels(Priority.values(), Priority::label));
        list(sheet, helper, EFFORT, first, last, labels(Effort.values(), Effort::label));
        list(sheet, helper, INITIATIVE, first, last, labels(InitiativeType.values(), InitiativeType::label));
        list(sheet, helper, STATUS, first, last, labels(GapStatus.values(), GapStatus::label));
        DataValidationConstraint dates = helper.createDateConstraint(
                DataValidationConstraint.OperatorType.GREATER_THAN, "DATE(1900,1,1)", null, "yyyy-mm-dd");
        DataValidation date =
                helper.createValidation(dates, new CellRangeAddressList(first, last, TARGET_DATE, TARGET_DATE));
        date.setShowErrorBox(true);
        date.createErrorBox("Target Completion Date", "Enter a date, e.g. 2027-06-30.");
        sheet.addValidationData(date);
    }

    private static <E> String[] labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toArray(String[]::new);
    }

    private static void list(
            XSSFSheet sheet, DataValidationHelper helper, int column, int first, int last, String[] values) {
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values), new CellRangeAddressList(first, last, column, column));
        // XSSF inverts this flag: true shows the drop-down arrow
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Choose from the list", "Pick one of: " + String.join(", ", values) + ".");
        sheet.addValidationData(validation);
    }

    /** Red for a large gap, amber for a middling one, green for none or small; blanks stay white. */
    private static void addGapColours(XSSFSheet sheet, Framework framework, int first, int last) {
        int span = framework.scale().max() - framework.scale().min();
        int large = Math.max(1, (int) Math.ceil(span * 0.6));
        int medium = Math.max(1, (int) Math.ceil(span * 0.3));
        String cell = "$" + CellReference.convertNumToColString(GAP) + (first + 1);
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule red =
                rule(cf, "AND(ISNUMBER(" + cell + ")," + cell + ">=" + large + ")", IndexedColors.ROSE);
        ConditionalFormattingRule amber =
                rule(cf, "AND(ISNUMBER(" + cell + ")," + cell + ">=" + medium + ")", IndexedColors.LIGHT_YELLOW);
        ConditionalFormattingRule green =
                rule(cf, "AND(ISNUMBER(" + cell + ")," + cell + "<" + medium + ")", IndexedColors.LIGHT_GREEN);
        cf.addConditionalFormatting(
                new CellRangeAddress[] {new CellRangeAddress(first, last, GAP, GAP)},
                new ConditionalFormattingRule[] {red, amber, green});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String formula, IndexedColors colour) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(colour.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }
}
