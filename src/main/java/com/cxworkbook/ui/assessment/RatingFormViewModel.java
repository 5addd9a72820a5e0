package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Evidence;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;

/**
 * The form beside the grid for the focused item: statement, rating, N/A, notes and evidence.
 * Text fields edit local properties; {@link #commit()} turns a finished edit into one undoable change
 * (the view calls it when a field loses focus or the focus moves to another item), so undo restores a
 * whole note rather than one keystroke.
 */
public class RatingFormViewModel {

    private final GridViewModel grid;
    private final AssessmentModel model;
    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statement = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper guidance = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ratingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Integer> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper notApplicable = new ReadOnlyBooleanWrapper();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty evidenceText = new SimpleStringProperty("");
    private final StringProperty evidenceOwner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> evidenceDate = new SimpleObjectProperty<>();

    // Each listener reloads only its own fields, so a rating click never discards a note being typed
    private final MapChangeListener<String, Object> onRating = change -> {
        if (isShown(change.getKey())) {
            loadRating(item.get());
        }
    };
    private final MapChangeListener<String, Object> onNote = change -> {
        if (isShown(change.getKey())) {
            loadNote(item.get());
        }
    };
    private final MapChangeListener<String, Object> onEvidence = change -> {
        if (isShown(change.getKey())) {
            loadEvidence(item.get());
        }
    };

    public RatingFormViewModel(GridViewModel grid) {
        this.grid = grid;
        this.model = grid.model();
        // Weak: the model outlives this screen
        model.ratings().addListener(new WeakMapChangeListener<>(onRating));
        model.notes().addListener(new WeakMapChangeListener<>(onNote));
        model.evidence().addListener(new WeakMapChangeListener<>(onEvidence));
        ChangeListener<Item> onFocus = (obs, old, next) -> {
            if (old != null) {
                commit(old);
            }
            load(next);
        };
        grid.focusedItemProperty().addListener(onFocus);
        load(grid.focusedItem());
    }

    private void load(Item next) {
        item.set(next);
        if (next == null) {
            title.set("");
            statement.set("Click a cell or an item to rate it.");
            guidance.set("");
            ratingText.set("");
            value.set(null);
            notApplicable.set(false);
            notes.set("");
            evidenceText.set("");
            evidenceOwner.set("");
            evidenceDate.set(null);
            return;
        }
        title.set(next.name());
        statement.set(next.statement() == null ? "" : next.statement());
        guidance.set(next.guidance() == null ? "" : next.guidance());
        loadRating(next);
        loadNote(next);
        loadEvidence(next);
    }

    private boolean isShown(String itemId) {
        return item.get() != null && item.get().id().equals(itemId);
    }

    private void loadRating(Item next) {
        Rating rating = model.rating(next.id());
        ratingText.set("Rating: " + grid.ratingText(next));
        value.set(rating == null || rating.isNotApplicable() ? null : rating.value());
        notApplicable.set(rating != null && rating.isNotApplicable());
    }

    private void loadNote(Item next) {
        notes.set(Objects.requireNonNullElse(model.note(next.id()), ""));
    }

    private void loadEvidence(Item next) {
        Evidence evidence = model.evidence(next.id());
        evidenceText.set(evidence == null || evidence.text() == null ? "" : evidence.text());
        evidenceOwner.set(evidence == null || evidence.owner() == null ? "" : evidence.owner());
        evidenceDate.set(evidence == null ? null : evidence.date());
    }

    /** Rates the item with a value (the form's value buttons); choosing the current value again clears it. */
    public void choose(int chosen) {
        Item shown = item.get();
        if (shown != null) {
            grid.click(shown, chosen);
        }
    }

    public void setNotApplicable(boolean na) {
        Item shown = item.get();
        if (shown != null && na != notApplicable.get()) {
            grid.toggleNotApplicable(shown);
        }
    }

    public void clearRating() {
        Item shown = item.get();
        if (shown != null) {
            model.rate(shown.id(), null);
        }
    }

    /** Stores edited notes and evidence of the shown item; each changed field is one undoable edit. */
    public void commit() {
        Item shown = item.get();
        if (shown != null) {
            commit(shown);
        }
    }

    private void commit(Item target) {
        // Read the fields before the first edit: its change event reloads them from the model
        String noteText = notes.get();
        Evidence evidence =
                new Evidence(blankToNull(evidenceText.get()), blankToNull(evidenceOwner.get()), evidenceDate.get());
        model.setNote(target.id(), noteText);
        model.setEvidence(target.id(), evidence);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public GridViewModel grid() {
        return grid;
    }

    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statementProperty() {
        return statement.getReadOnlyProperty();
    }
    /** The framework's help for the facilitator on the focused item; empty when it has none. */
    public ReadOnlyStringProperty guidanceProperty() {
        return guidance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ratingTextProperty() {
        return ratingText.getReadOnlyProperty();
    }
    /** The chosen scale value, null when unrated or N/A. */
    public ReadOnlyObjectProperty<Integer> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty notApplicableProperty() {
        return notApplicable.getReadOnlyProperty();
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty evidenceTextProperty() {
        return evidenceText;
    }

    public StringProperty evidenceOwnerProperty() {
        return evidenceOwner;
    }

    public ObjectProperty<LocalDate> evidenceDateProperty() {
        return evidenceDate;
    }
}
