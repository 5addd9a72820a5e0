package com.cxworkbook.persistence;

import com.cxworkbook.io.Messages;
import com.cxworkbook.persistence.WorkbookReadException.Kind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;

/**
 * The one-line messages of {@link WorkbookReader}'s failures: what is wrong and what the user can do (a
 * backup beside the file, a text editor, another file), never a menu name, which each caller adds.
 */
final class WorkbookReadFailures {

    static final String CHOOSE_ANOTHER = "Choose a .cxwb file saved by CX Maturity Workbook.";
    static final String UNCHANGED = "The file has not been changed.";

    private WorkbookReadFailures() {}

    /** What a JSON parse failure means for the user: cut off, too deep or long, duplicate field, not JSON. */
    static WorkbookReadException unparsable(String name, IOException failure) {
        if (failure instanceof StreamConstraintsException e) {
            return new WorkbookReadException(
                    Kind.TOO_LARGE,
                    name,
                    name + " holds " + limitBroken(e.getOriginalMessage())
                            + " than any workbook, so it is not a workbook file. " + CHOOSE_ANOTHER,
                    e);
        }
        if (failure instanceof JsonEOFException e) {
            return truncated(name, e);
        }
        if (failure instanceof JsonProcessingException e) {
            String original = firstLine(e.getOriginalMessage());
            if (original.startsWith("Duplicate field")) {
                String field = original.replaceFirst("^Duplicate field '(.*)'$", "$1");
                return badValue(name, "$", "the field " + WorkbookShape.quote(field) + " appears twice", e);
            }
            if (original.contains("end-of-input")) {
                return truncated(name, e);
            }
            if (original.startsWith("Trailing token")) {
                return new WorkbookReadException(
                        Kind.NOT_JSON,
                        name,
                        name + " has more text after the end of the workbook"
                                + where(e)
                                + ", e.g. two files pasted together. Remove the extra text in a text editor. "
                                + backupHint(name, null) + " " + UNCHANGED,
                        e);
            }
            return new WorkbookReadException(
                    Kind.NOT_JSON,
                    name,
                    name + " is not a workbook file: it is not valid JSON" + where(e) + ". " + CHOOSE_ANOTHER,
                    e);
        }
        return new WorkbookReadException(
                Kind.NOT_JSON,
                name,
                name + " is not a workbook file: its text is not" + " UTF-8 JSON. " + CHOOSE_ANOTHER,
                failure);
    }

    private static WorkbookReadException truncated(String name, JsonProcessingException e) {
        return new WorkbookReadException(
                Kind.TRUNCATED,
                name,
                name + " ends too early" + where(e)
                        + ": it was cut off, e.g. by an interrupted copy or download. "
                        + backupHint(name, "a new copy of the file")
                        + " " + UNCHANGED,
                e);
    }

    private static String limitBroken(String jacksonMessage) {
        String text = jacksonMessage == null ? "" : jacksonMessage;
        if (text.contains("nesting depth")) {
            return "data nested deeper";
        }
        if (text.contains("Number value length")) {
            return "a number with more digits";
        }
        if (text.contains("String value length")) {
            return "a text longer";
        }
        return "a value larger";
    }

    static WorkbookReadException badValue(String name, String path, String what, Throwable cause) {
        return new WorkbookReadException(
                Kind.BAD_VALUE,
                name,
                name + " has a value this app cannot read: at "
                        + Messages.cut(path, 120) + ", " + Messages.cut(what, 200) + ". Correct it in a text editor. "
                        + backupHint(name, null) + " " + UNCHANGED,
                cause);
    }

    /** Where an older good copy may be; a file that is itself the backup does not point at "x.bak.bak". */
    static String backupHint(String name, String otherwise) {
        if (name.endsWith(WorkbookStore.BACKUP_SUFFIX)) {
            return "This is already the backup copy; "
                    + (otherwise == null ? "look for another copy of the workbook." : "try " + otherwise + ".");
        }
        return "Or open " + name + WorkbookStore.BACKUP_SUFFIX + " beside it if there is one"
                + (otherwise == null ? "." : ", or " + otherwise + ".");
    }

    static WorkbookReadException unreadable(String name, IOException e) {
        return new WorkbookReadException(
                Kind.UNREADABLE,
                name,
                name + " could not be read (" + Messages.cut(firstLine(e.getMessage()), 80)
                        + "). Check that the drive or network folder is available and try again.",
                e);
    }

    static WorkbookReadException tooLarge(String name, long size) {
        return new WorkbookReadException(
                Kind.TOO_LARGE,
                name,
                name + " is "
                        + (size > WorkbookReader.MAX_FILE_BYTES
                                ? "larger than " + WorkbookReader.MAX_FILE_BYTES / 1024 / 1024 + " MB"
                                : size + " bytes")
                        + ", far larger than any workbook, so it is"
                        + " probably not a workbook file. " + CHOOSE_ANOTHER);
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
