package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellTextAndSheetNamesTest {

    @Test
    void textWithinTheLimitIsKeptAsIs() {
        String text = "x".repeat(CellText.MAX_CELL_CHARS);
        assertEquals(text, CellText.safe(text));
        assertEquals("", CellText.safe(null));
        assertEquals("=1+1", CellText.safe("=1+1"));
    }

    @Test
    void overlongTextIsCutToTheLimitAndSaysHowMuchIsMissing() {
        String text = "y".repeat(50_000);
        String safe = CellText.safe(text);
        assertEquals(CellText.MAX_CELL_CHARS, safe.length());
        int kept = safe.indexOf(" … [truncated");
        assertEquals(CellText.note(50_000 - kept), safe.substring(kept));
    }

    @Test
    void cuttingNeverSplitsAnEmoji() {
        String text = "😀".repeat(20_000);
        String safe = CellText.safe(text);
        String kept = safe.substring(0, safe.indexOf(" … [truncated"));
        assertEquals(0, kept.length() % 2);
        assertTrue(safe.length() <= CellText.MAX_CELL_CHARS);
    }

    @Test
    void controlCharactersXmlCannotHoldAreDropped() {
        assertEquals("ab\tc\nd", CellText.safe("a\u0000b\tc\nd\u0007"));
        assertEquals("lonely", CellText.safe("lone\uD800ly"));
    }

    @Test
    void sheetNamesAreCleanedShortenedAndMadeUnique() {
        SheetNames names = new SheetNames();
        assertEquals("Summary", names.unique("Summary"));
        assertEquals("SUMMARY (2)", names.unique("SUMMARY"));
        assertEquals("Q4- 2026-27 -draft-", names.unique("Q4: 2026/27 [draft]"));
        String longName = names.unique("Attract / Convert / Advocate CX Maturity assessment");
        assertTrue(longName.length() <= 31, longName);
        assertTrue(longName.endsWith("…"), longName);
        String again = names.unique("Attract / Convert / Advocate CX Maturity assessment");
        assertTrue(again.endsWith(" (2)") && again.length() <= 31, again);
        assertEquals("Sheet", names.unique("''"));
        assertEquals("Sheet (2)", names.unique("History"));
    }
}
