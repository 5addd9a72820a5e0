package com.cxworkbook.app;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What the main window needs before it is useful: the framework catalog and the first workbook. */
public record StartupData(FrameworkCatalog catalog, Workbook workbook, String workbookName) {

    /** The bundled sample a newcomer sees on first start. */
    public static final String SAMPLE_RESOURCE = "/samples/sample-workshop.cxwb";

    /** Loads everything; runs on a background thread, never on the FX thread. */
    public static StartupData load() {
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        return new StartupData(catalog, readSample(), "Sample workshop (Northwind Energy)");
    }

    public static Workbook readSample() {
        try (InputStream in = StartupData.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + SAMPLE_RESOURCE + " is missing from the application");
            }
            return new WorkbookStore().read("sample-workshop.cxwb", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WorkbookReadException e) {
            throw new IllegalStateException("The bundled sample workbook is broken: " + e.getMessage(), e);
        }
    }
}
