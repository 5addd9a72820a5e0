package com.cxworkbook.ui.gapimport;

/** The answer to the review of an edited gap sheet: take every change, only the valid rows', or none. */
public enum GapImportChoice {
    APPLY,
    APPLY_VALID_ROWS,
    CANCEL
}
