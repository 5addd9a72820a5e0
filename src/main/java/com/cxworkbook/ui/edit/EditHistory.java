package com.cxworkbook.ui.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo/redo of every edit to a workbook, as a model: each edit is a pair of actions. The history is kept
 * across saves. {@link #revisionProperty()} names the state the edits have brought the workbook to: a new
 * edit makes a new state, undo and redo go back to the states they came from, so a session that compares
 * it with the revision it last saved (its save point) sees "undone back to the saved state" as unchanged.
 */
public class EditHistory {

    /** One undoable change. */
    public record Edit(String description, Runnable apply, Runnable revert) {}

    /** An edit as recorded, with the revision (the state) it leads to. */
    private record Step(Edit edit, long revision) {}

    private static final int LIMIT = 500;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private long nextRevision = 1;
    // the state below the oldest edit still held
    private long baseRevision;
    private List<Edit> group;

    /** Applies an edit and records it; clears the redo stack as every editor does. */
    public void perform(String description, Runnable apply, Runnable revert) {
        Edit edit = new Edit(description, apply, revert);
        edit.apply().run();
        if (group != null) {
            group.add(edit);
            return;
        }
        record(edit);
    }

    /**
     * Runs {@code body} and records every edit it performs as one undoable edit (a paste, "suggest actions"),
     * so one undo takes the whole change back. Nothing is recorded when the body changes nothing.
     */
    public void group(String description, Runnable body) {
        if (group != null) {
            body.run();
            return;
        }
        List<Edit> edits = new ArrayList<>();
        group = edits;
        try {
            body.run();
        } catch (RuntimeException e) {
            // half a paste is worse than none: take back what already ran
            for (int i = edits.size() - 1; i >= 0; i--) {
                edits.get(i).revert().run();
            }
            throw e;
        } finally {
            group = null;
        }
        if (edits.isEmpty()) {
            return;
        }
        List<Edit> reversed = new ArrayList<>(edits);
        Collections.reverse(reversed);
        record(new Edit(
                description,
                () -> edits.forEach(e -> e.apply().run()),
                () -> reversed.forEach(e -> e.revert().run())));
    }

    private void record(Edit edit) {
        undo.push(new Step(edit, nextRevision++));
        if (undo.size() > LIMIT) {
            baseRevision = undo.removeLast().revision();
        }
        redo.clear();
        changed();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Step step = undo.pop();
        step.edit().revert().run();
        redo.push(step);
        changed();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Step step = redo.pop();
        step.edit().apply().run();
        undo.push(step);
        changed();
    }

    /** Forgets every edit; the workbook stays as it is, and so does its revision. */
    public void clear() {
        baseRevision = revision.get();
        undo.clear();
        redo.clear();
        changed();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().edit().description());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().edit().description());
        revision.set(undo.isEmpty() ? baseRevision : undo.peek().revision());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
    /**
     * The state the workbook is in: changes on every perform, undo and redo; a new edit gives a value never
     * seen before, undo and redo return to the value of the state they restore.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
