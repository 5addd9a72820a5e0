package com.cxworkbook.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How every date field reads typed text: ISO first (2027-03-31, as files and the worksheet write dates),
 * then the locale's short form (3/31/27 in the US, 31/03/2027 in the UK), with a four-digit year accepted
 * where the short form has two. Toolkit-free so view-models and cells share it.
 */
public final class DateText {

    private DateText() {}

    /** The date in {@code text}, null for blank text; throws with a one-line message for anything else. */
    public static LocalDate parse(String text) {
        return parse(text, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static LocalDate parse(String text, Locale locale) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            // falls through to the local forms
        }
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        for (String form : new String[] {pattern, fourDigitYear(pattern)}) {
            try {
                return LocalDate.parse(value, DateTimeFormatter.ofPattern(form, locale));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("“" + value + "” is not a date (use " + example(locale) + ")");
    }

    /** "2027-03-31 or 3/31/27": what the error message and the prompt suggest. */
    public static String example(Locale locale) {
        LocalDate sample = LocalDate.of(2027, 3, 31);
        return sample + " or "
                + sample.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale));
    }

    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String fourDigitYear(String pattern) {
        return pattern.contains("yyyy") ? pattern : pattern.replace("yy", "yyyy");
    }
}
