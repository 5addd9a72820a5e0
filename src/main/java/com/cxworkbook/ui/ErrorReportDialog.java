package com.cxworkbook.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Shown when something went wrong that no screen handled: what happened in one line, where the log is, the
 * details (collapsed) and "Copy details" so the user can paste them into an e-mail without hunting for a file.
 */
public final class ErrorReportDialog {

    public static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private ErrorReportDialog() {}

    public static Alert create(Window owner, String summary, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, summary, COPY, ButtonType.CLOSE);
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Something went wrong. Your work is still open; save it.");
        if (owner != null) {
            alert.initOwner(owner);
        }
        TextArea text = new TextArea(details);
        text.setId("errorDetails");
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(text);
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.setId("copyErrorDetails");
        // copying must not close the dialog
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            e.consume();
        });
        return alert;
    }
}
