package com.cxworkbook.ui.gaps;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The target date, edited with a DatePicker. A DatePicker only takes typed text when Enter is pressed, so
 * {@link #read()} parses the text itself: a date typed and left by clicking elsewhere is kept too. Text that
 * is not a date keeps the old date and says why, without stopping the user.
 */
class DateEditCell extends EditingCell<LocalDate> {

    private final Consumer<String> problem;
    private DatePicker picker;
    private boolean loading;
    private boolean replaceOnType;

    DateEditCell(BiConsumer<GapRowViewModel, LocalDate> commit, Consumer<String> problem) {
        super(GapColumn.TARGET_DATE, commit, date -> date == null ? "" : date.toString());
        this.problem = problem;
    }

    @Override
    protected Control editor() {
        if (picker == null) {
            picker = new DatePicker();
            picker.setId("editor-" + column().id());
            picker.setAccessibleText(column().header());
            picker.setConverter(GapText.dateConverter());
            picker.setPromptText("2027-03-31");
            picker.setOnAction(e -> {
                if (!loading) {
                    commitFromEditor();
                }
            });
            installKeys(picker);
            installKeys(picker.getEditor());
            // The picker re-renders its text after taking focus, which drops any selection; so "typing
            // replaces the old date" is done here: the first character typed after editing starts by
            // keyboard clears the field, unless the user has clicked into it or moved the caret first.
            picker.addEventFilter(KeyEvent.KEY_TYPED, e -> {
                // the Enter that started the edit arrives here as a typed control character: not typing yet
                boolean printable = !e.getCharacter().isEmpty()
                        && !Character.isISOControl(e.getCharacter().charAt(0));
                if (replaceOnType && printable) {
                    picker.getEditor().clear();
                    replaceOnType = false;
                }
            });
            picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode().isNavigationKey()) {
                    replaceOnType = false;
                }
            });
            picker.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> replaceOnType = false);
        }
        return picker;
    }

    @Override
    protected void load(LocalDate value) {
        editor();
        replaceOnType = true;
        loading = true;
        try {
            picker.setValue(value);
            picker.getEditor().setText(GapText.label(value));
        } finally {
            loading = false;
        }
    }

    @Override
    protected LocalDate read() {
        String text = picker.getEditor().getText();
        try {
            return GapText.date(text);
        } catch (IllegalArgumentException e) {
            problem.accept(e.getMessage() + "; the date was left as it was.");
            return picker.getValue();
        }
    }

    @Override
    protected void focusEditor() {
        // the DatePicker owns focus and forwards keys to its text field; focusing the field itself
        // only works the first time the picker is shown
        picker.requestFocus();
        picker.getEditor().selectAll();
    }

    @Override
    protected boolean popupShowing() {
        return picker != null && picker.isShowing();
    }
}
