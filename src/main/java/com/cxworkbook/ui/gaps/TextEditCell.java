package com.cxworkbook.ui.gaps;

import java.util.function.BiConsumer;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Text cells: a one-line field (Owner) or a multi-line area (Actions). In the area Enter commits, as in
 * every other cell; Shift+Enter or Alt+Enter starts a new line (Alt+Enter is what spreadsheets use).
 */
class TextEditCell extends EditingCell<String> {

    private final boolean multiLine;
    private TextInputControl editor;

    TextEditCell(GapColumn column, boolean multiLine, BiConsumer<GapRowViewModel, String> commit) {
        super(column, commit, text -> text == null ? "" : text);
        this.multiLine = multiLine;
        setWrapText(multiLine);
    }

    @Override
    protected Control editor() {
        if (editor == null) {
            editor = multiLine ? area() : field();
            editor.setId("editor-" + column().id());
            editor.setAccessibleText(column().header());
            installKeys(editor);
        }
        return editor;
    }

    private TextInputControl field() {
        TextField field = new TextField();
        field.setOnAction(e -> commitAndMoveDown());
        return field;
    }

    private TextInputControl area() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER) {
                return;
            }
            e.consume();
            if (e.isShiftDown() || e.isAltDown()) {
                area.replaceSelection("\n");
            } else {
                commitAndMoveDown();
            }
        });
        return area;
    }

    @Override
    protected void decorate(String value) {
        if (multiLine) {
            Wrapped.show(this, value);
        }
    }

    @Override
    protected void load(String value) {
        editor();
        editor.setText(value == null ? "" : value);
        editor.selectAll();
    }

    @Override
    protected String read() {
        return editor.getText();
    }
}
