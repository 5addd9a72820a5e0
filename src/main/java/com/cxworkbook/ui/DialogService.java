package com.cxworkbook.ui;

/**
 * Every dialog goes through here so view-models can be tested with a fake that records what was asked.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);
}
