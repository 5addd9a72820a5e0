package com.cxworkbook.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
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

    /** Applies an edit and records it; clears the redo stack as every editor does. */
    public void perform(String description, Runnable apply, Runnable revert) {
        Edit edit = new Edit(description, apply, revert);
        edit.apply().run();
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
