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
 * across saves; {@link #revisionProperty()} changes on every perform, undo and redo, so a session can tell
 * "dirty" by comparing it with the revision it last saved.
 */
public class EditHistory {

    /** One undoable change. */
    public record Edit(String description, Runnable apply, Runnable revert) {
    }

    private static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private long nextRevision = 1;
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
        record(new Edit(description, () -> edits.forEach(e -> e.apply().run()),
                () -> reversed.forEach(e -> e.revert().run())));
    }

    private void record(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit edit = undo.pop();
        edit.revert().run();
        redo.push(edit);
        changed();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit edit = redo.pop();
        edit.apply().run();
        undo.push(edit);
        changed();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
        revision.set(nextRevision++);
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    /** Changes on every perform, undo and redo; a fresh value each time, so undo back to a save is still "changed". */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
}
