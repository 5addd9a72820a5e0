package com.cxworkbook.export;

import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Priority;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The cells of a client's edited gap sheet as gap field values: the text a cell shows (a formula by its last
 * result), drop-down labels back to their choice, dates typed or formatted. A value that cannot be read
 * throws IllegalArgumentException with a sentence for the user.
 */
final class GapCellValues {

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /** The value of {@code field} in {@code cell}; null when empty. */
    Object value(GapField<?> field, Cell cell) {
        if (field == GapField.TARGET_DATE) {
            return date(cell);
        }
        String text = GapField.normalise(text(cell));
        if (text == null) {
            return null;
        }
        if (field == GapField.PRIORITY) {
            return choice(text, Priority.values(), Priority::label);
        }
        if (field == GapField.EFFORT) {
            return choice(text, Effort.values(), Effort::label);
        }
        if (field == GapField.INITIATIVE) {
            return choice(text, InitiativeType.values(), InitiativeType::label);
        }
        if (field == GapField.STATUS) {
            return choice(text, GapStatus.values(), GapStatus::label);
        }
        return text;
    }

    /** Unchanged also when the file holds what the export wrote for the value (text cut to fit a cell). */
    static boolean same(Object before, Object after) {
        if (before instanceof String text) {
            String normal = GapField.normalise(text);
            return Objects.equals(normal, after)
                    || (after != null && after.equals(GapField.normalise(CellText.safe(text))));
        }
        return Objects.equals(before, after);
    }

    private static <E extends Enum<E>> E choice(String text, E[] values, Function<E, String> label) {
        for (E value : values) {
            if (label.apply(value).equalsIgnoreCase(text) || value.name().equalsIgnoreCase(text.replace(' ', '_'))) {
                return value;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not one of the list: "
                + String.join(", ", Arrays.stream(values).map(label).toList()) + ".");
    }

    private LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double serial = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(serial)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            throw new IllegalArgumentException(
                    formatter.formatCellValue(cell) + " is a number, not a date; enter a date such as 2027-06-30.");
        }
        String text = GapField.normalise(text(cell));
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date; enter a date such as 2027-06-30.");
        }
    }

    /** The text a cell shows; formulas by their last result, never their formula text. */
    String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }
}
