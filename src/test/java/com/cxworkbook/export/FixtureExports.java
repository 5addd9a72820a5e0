package com.cxworkbook.export;

import java.nio.file.Path;

/** Writes the test fixtures as .xlsx files to look at in Excel or LibreOffice: {@code FixtureExports <folder>}. */
public final class FixtureExports {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        XlsxExporter.export(Fixtures.everyFramework(), Fixtures.LOOKUP, folder.resolve("every-framework.xlsx"));
        XlsxExporter.export(FormulaScoresTest.randomRatings(new java.util.Random(1)), Fixtures.LOOKUP, folder.resolve("random.xlsx"));
        XlsxExporter.export(Fixtures.unrated(), Fixtures.LOOKUP, folder.resolve("unrated.xlsx"));
    }
}
