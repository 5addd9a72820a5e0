package com.cxworkbook.export;

/** Receives progress from a running export and can ask it to stop between steps. */
public interface ExportMonitor {

    /** For callers that neither show progress nor cancel (CLI, self-test). */
    ExportMonitor NONE = new ExportMonitor() {
        @Override
        public void progress(int done, int total, String step) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(int done, int total, String step);

    boolean isCancelled();
}
