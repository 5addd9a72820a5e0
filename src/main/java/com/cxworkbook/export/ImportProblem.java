package com.cxworkbook.export;

/**
 * Something in an edited gap sheet that could not be taken over, located by sheet, row and column as the
 * client sees them (row numbers start at 1, columns are the header text). {@code sheet} is empty for
 * problems with the whole file, {@code row} 0 for problems with a whole sheet. The message says what
 * happened and what to do in words of the workbook, never of a menu; {@code kind} lets the UI add where
 * its menus do that.
 */
public record ImportProblem(String sheet, int row, String column, String message, Kind kind) {

    /** What kind of problem, where a screen has more to say about it than the message. */
    public enum Kind {
        /** Every other problem: its message says all there is to do. */
        OTHER,
        /** The sheet is of a closed round: reopening the round in the workbook lets it be imported. */
        CLOSED_ROUND
    }

    public ImportProblem(String sheet, int row, String column, String message) {
        this(sheet, row, column, message, Kind.OTHER);
    }

    /** True for problems with the whole file: then nothing at all can be taken from it. */
    public boolean wholeFile() {
        return sheet.isEmpty();
    }

    public String where() {
        if (sheet.isEmpty()) {
            return "File";
        }
        StringBuilder where = new StringBuilder("Sheet '").append(sheet).append("'");
        if (row > 0) {
            where.append(", row ").append(row);
        }
        if (column != null && !column.isEmpty()) {
            where.append(", column ").append(column);
        }
        return where.toString();
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
