package com.cxworkbook.ui.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * A cell edited with a ComboBox (priority, effort, initiative, status, rating). The list opens as soon as
 * editing starts; picking a value commits it. The first entry is "none" so a value can be cleared.
 */
class ChoiceEditCell<T> extends EditingCell<T> {

    /** A list entry; a record so "none" (null value) can be listed and picked like any other. */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final List<Choice<T>> choices;
    private ComboBox<Choice<T>> combo;
    private boolean loading;
    private boolean listKeys;

    ChoiceEditCell(
            GapColumn column,
            List<T> values,
            Function<T, String> label,
            String noneLabel,
            BiConsumer<GapRowViewModel, T> commit) {
        super(column, commit, value -> value == null ? "" : label.apply(value));
        choices = new ArrayList<>();
        choices.add(new Choice<>(null, noneLabel));
        values.forEach(v -> choices.add(new Choice<>(v, label.apply(v))));
    }

    /** "5 – Achieved" → "choice-5-achieved", "(none)" → "choice-none": ids a CSS lookup can name. */
    static String choiceId(String label) {
        String slug =
                label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "choice-" + slug;
    }

    @Override
    protected Control editor() {
        if (combo == null) {
            combo = new ComboBox<>();
            combo.getItems().setAll(choices);
            combo.setId("editor-" + column().id());
            combo.setAccessibleText(column().header());
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(Choice<T> item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.label());
                    setId(empty || item == null ? null : choiceId(item.label()));
                }
            });
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Choice<T> choice) {
                    return choice == null ? "" : choice.label();
                }

                @Override
                public Choice<T> fromString(String text) {
                    return null;
                }
            });
            // The list (and the popup scene it sits in) exists once the skin has shown it the first time.
            // Editing calls show() before the combo has a skin (it gets one at the next CSS pass): onShown
            // then fires without a list, and the new skin opens the popup inside its constructor, so the
            // list already has its scene when the skin is set and no scene change follows. Whether the
            // runLater in startEdit came before or after that pulse decided if Enter reached our filter
            // (the flaky "#" column): install the keys as soon as the skin is set.
            combo.skinProperty().addListener((obs, old, skin) -> {
                if (skin instanceof ComboBoxListViewSkin<?> listSkin) {
                    listSkin.getPopupContent().sceneProperty().addListener((o, was, scene) -> enterInList());
                    enterInList();
                }
            });
            combo.setOnShown(e -> enterInList());
            // a pick with the mouse closes the list: that is the moment to commit
            combo.setOnHidden(e -> {
                if (!loading) {
                    commitFromEditor();
                }
            });
            combo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    // the pick (or the value shown) is committed and the focus goes down the column, not
                    // back to the first column as a TableView does after an edit
                    e.consume();
                    loading = true;
                    try {
                        combo.hide();
                    } finally {
                        loading = false;
                    }
                    commitAndMoveDown();
                }
            });
            installKeys(combo);
        }
        return combo;
    }

    @Override
    protected void load(T value) {
        editor();
        loading = true;
        try {
            combo.getSelectionModel()
                    .select(choices.stream()
                            .filter(c -> Objects.equals(c.value(), value))
                            .findFirst()
                            .orElse(choices.get(0)));
        } finally {
            loading = false;
        }
    }

    @Override
    protected T read() {
        Choice<T> choice = combo.getValue();
        return choice == null ? null : choice.value();
    }

    @Override
    protected void focusEditor() {
        combo.requestFocus();
        if (!combo.isShowing() && combo.getScene() != null && combo.getScene().getWindow() != null) {
            combo.show();
        }
        enterInList();
    }

    /**
     * While the list is open the keys go to it, not to the combo box: Enter there takes the highlighted
     * entry, commits and moves down the column (the list's own Enter would leave the table's focus on its
     * first column); Esc closes the list and cancels the edit.
     */
    private void enterInList() {
        if (listKeys
                || !(combo.getSkin() instanceof ComboBoxListViewSkin<?> skin)
                || !(skin.getPopupContent() instanceof ListView<?> list)
                || list.getScene() == null) {
            return;
        }
        listKeys = true;
        // on the popup's scene, so this runs before the list's own key handling (which hides and commits)
        list.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!isEditing() || (e.getCode() != KeyCode.ENTER && e.getCode() != KeyCode.ESCAPE)) {
                return;
            }
            e.consume();
            Object highlighted = list.getSelectionModel().getSelectedItem();
            loading = true;
            try {
                if (e.getCode() == KeyCode.ENTER && highlighted != null) {
                    combo.getSelectionModel().select(choices.indexOf(highlighted));
                }
                combo.hide();
            } finally {
                loading = false;
            }
            if (e.getCode() == KeyCode.ENTER) {
                commitAndMoveDown();
            } else {
                cancelFromEditor();
            }
        });
    }

    @Override
    protected boolean popupShowing() {
        return combo != null && combo.isShowing();
    }
}
