package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.ui.DateText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * How worksheet values read as text: in cells, when copied to a spreadsheet and when pasted or typed back.
 * Parsing is lenient (labels in any case, "H" for High, ISO or local dates) because the text often comes
 * from someone else's spreadsheet.
 */
public final class GapText {

    /** Shown for "not rated" in the rating column and its editor. */
    public static final String UNRATED = "–";

    private GapText() {}

    /** As the file and the export read a value ({@link GapField#text}): empty for none. */
    public static String label(Object value) {
        return GapField.text(value);
    }

    public static Priority priority(String text) {
        return choice(text, Priority.values(), Priority::label, "a priority (High, Medium, Low)");
    }

    public static Effort effort(String text) {
        return choice(text, Effort.values(), Effort::label, "an effort (Low, Medium, High)");
    }

    public static InitiativeType initiative(String text) {
        return choice(
                text,
                InitiativeType.values(),
                InitiativeType::label,
                "a type of initiative (Strategic, Operational, Optimization)");
    }

    public static GapStatus status(String text) {
        return choice(text, GapStatus.values(), GapStatus::label, "a status (Not started, In progress, Done)");
    }

    /** Blank clears; a unique start of a label ("h", "in prog") is enough. */
    static <E extends Enum<E>> E choice(String text, E[] values, Function<E, String> label, String what) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return null;
        }
        E match = null;
        for (E value : values) {
            String name = label.apply(value).toLowerCase(Locale.ROOT);
            if (name.equals(wanted) || value.name().equalsIgnoreCase(wanted)) {
                return value;
            }
            if (name.startsWith(wanted)) {
                if (match != null) {
                    throw new IllegalArgumentException("“" + text.strip() + "” could be more than one " + what);
                }
                match = value;
            }
        }
        if (match == null) {
            throw new IllegalArgumentException("“" + text.strip() + "” is not " + what);
        }
        return match;
    }

    /** A rating from text: a scale value, N/A where the framework allows it, or blank / "–" to clear. */
    public static Rating rating(String text, Scale scale) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.equals(UNRATED) || value.equals("-")) {
            return null;
        }
        if (value.equalsIgnoreCase("N/A") || value.equalsIgnoreCase("NA")) {
            if (!scale.allowNotApplicable()) {
                throw new IllegalArgumentException("This framework does not allow N/A");
            }
            return Rating.NOT_APPLICABLE;
        }
        try {
            int number = Integer.parseInt(value);
            if (scale.contains(number)) {
                return Rating.of(number);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(
                "“" + value + "” is not a rating from " + scale.min() + " to " + scale.max());
    }

    /** ISO (2027-03-31) first, as the worksheet writes dates, then the local short form (3/31/27). */
    public static LocalDate date(String text) {
        return DateText.parse(text);
    }

    /** For the DatePicker: shows ISO, reads what {@link #date} reads, and never throws while typing. */
    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return date(text);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        };
    }
}
