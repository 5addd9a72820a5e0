package com.cxworkbook.export;

import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a client prints on: Letter in North America and the Philippines, A4 everywhere else. */
public enum PaperSize {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "PR", "CL", "CO", "VE");

    private final PDRectangle portrait;

    PaperSize(PDRectangle portrait) {
        this.portrait = portrait;
    }

    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** "a4" / "letter" as typed in an option; null when neither. */
    public static PaperSize parse(String name) {
        for (PaperSize size : values()) {
            if (size.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return size;
            }
        }
        return null;
    }

    PDRectangle landscape() {
        return new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }
}
