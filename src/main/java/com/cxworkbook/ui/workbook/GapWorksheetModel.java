package com.cxworkbook.ui.workbook;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Item;
import com.cxworkbook.ui.edit.EditHistory;
import java.util.Objects;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The gap worksheet rows of one assessment as the screens change them: every change is an undoable edit
 * in the session's shared {@link EditHistory}, and {@link #revisionProperty()} tells every open view to
 * refresh, including after an undo made from another screen. Lives with its {@link AssessmentModel} so
 * views can come and go without losing track of the rows.
 */
public class GapWorksheetModel {

    private final Assessment assessment;
    private final Framework framework;
    private final EditHistory history;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    GapWorksheetModel(Assessment assessment, Framework framework, EditHistory history) {
        this.assessment = assessment;
        this.framework = framework;
        this.history = history;
    }

    /** The row of an item, null until something has been entered for it. Read only: edit through {@link #set}. */
    public GapRow row(String itemId) {
        return GapWorksheet.row(assessment, itemId);
    }

    /**
     * Sets one field of an item's row as an undoable edit, creating the row on first edit (and removing it
     * again on undo). No edit when the value does not change. Text is stored stripped, blank as empty.
     */
    public <T> void set(String itemId, GapField<T> field, T value) {
        T newValue = normalise(value);
        GapRow existing = row(itemId);
        T before = field.get(existing);
        if (Objects.equals(before, newValue)
                || (field == GapField.RANK && existing == null && isZero(newValue))
                || assessment.isClosed()) {
            return;
        }
        boolean created = existing == null;
        GapRow row = created ? new GapRow(itemId) : existing;
        history.perform(
                field.label().toLowerCase() + " of " + name(itemId),
                () -> {
                    if (created) {
                        assessment.getGapRows().add(row);
                    }
                    field.set(row, newValue);
                    changed();
                },
                () -> {
                    field.set(row, before);
                    if (created) {
                        assessment.getGapRows().remove(row);
                    }
                    changed();
                });
    }

    /** Runs several {@link #set} calls (and ratings) as one undoable edit. */
    public void group(String description, Runnable edits) {
        history.group(description, edits);
    }

    @SuppressWarnings("unchecked")
    private static <T> T normalise(T value) {
        return value instanceof String text ? (T) GapField.normalise(text) : value;
    }

    private static boolean isZero(Object value) {
        return value == null || Integer.valueOf(0).equals(value);
    }

    private String name(String itemId) {
        return framework == null
                ? itemId
                : framework.item(itemId).map(Item::displayName).orElse(itemId);
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** Changes whenever any row changes (edit, undo, redo). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
