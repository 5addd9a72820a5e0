package com.cxworkbook.ui;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A date field that keeps what the user typed. A plain DatePicker parses typed text only with the locale's
 * short form and only on Enter, so "2026-03-15" + Tab was silently dropped. This one reads ISO and the
 * short form ({@link DateText}) on Enter, Tab and focus loss; text that is not a date keeps the old value
 * and says so in a line under the field. {@link #showValue()} re-reads the text from the value, for forms
 * that show one item after another (equal values do not fire a change, so stale text would stay).
 */
public final class DateField extends VBox {

    private final DatePicker picker = new DatePicker();
    private final Label error = new Label();

    public DateField(String id, String accessibleText) {
        setSpacing(2);
        picker.setId(id);
        picker.setAccessibleText(accessibleText);
        picker.setPromptText(LocalDate.of(2027, 3, 31).toString());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateText.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                // called by the picker's own commit paths too: a bad text must keep the old date, not clear it
                return parseOrKeep(text);
            }
        });
        error.setId(id + "Error");
        error.getStyleClass().add("field-error");
        error.setStyle("-fx-text-fill: #a33;");
        error.setWrapText(true);
        showError(null);
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                commitTyped();
            }
        });
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitTyped();
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> picker.getEditor().setText(DateText.format(now)));
        getChildren().addAll(picker, error);
    }

    /** Takes the typed text as the value; returns false (and keeps the old value) when it is not a date. */
    public boolean commitTyped() {
        LocalDate before = picker.getValue();
        String text = picker.getEditor().getText();
        if (Objects.equals(text == null ? "" : text.strip(), DateText.format(before))) {
            return !error.isVisible(); // unchanged, or the old date restored after a bad text: keep saying so
        }
        try {
            LocalDate typed = DateText.parse(text);
            showError(null);
            picker.setValue(typed);
            picker.getEditor().setText(DateText.format(typed));
            return true;
        } catch (IllegalArgumentException e) {
            showError(e.getMessage() + "; kept " + (before == null ? "no date" : DateText.format(before)) + ".");
            picker.getEditor().setText(DateText.format(before));
            return false;
        }
    }

    /** Shows the current value's text and drops any error: for a form switching to another item. */
    public void showValue() {
        showError(null);
        picker.getEditor().setText(DateText.format(picker.getValue()));
    }

    public ObjectProperty<LocalDate> valueProperty() {
        return picker.valueProperty();
    }

    public DatePicker picker() {
        return picker;
    }

    public String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    private LocalDate parseOrKeep(String text) {
        try {
            // no showError(null) here: the picker calls this again with the restored text after a bad one
            return DateText.parse(text);
        } catch (IllegalArgumentException e) {
            LocalDate before = picker.getValue();
            showError(e.getMessage() + "; kept " + (before == null ? "no date" : DateText.format(before)) + ".");
            return before;
        }
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
    }
}
