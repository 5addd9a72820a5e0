package com.cxworkbook.ui.gaps;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;

/** Ranking by drag and drop: a row dropped on another takes its rank (the others move up or down one). */
final class RankDrag {

    private static final DataFormat DRAGGED_ROW = new DataFormat("application/x-cxworkbook-gap-row");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private RankDrag() {}

    /** A row of {@code table} that can be dragged onto another. */
    static TableRow<GapRowViewModel> row(GapTable table, FrozenColumns frozen, GapWorksheetViewModel viewModel) {
        GapTableRow row = new GapTableRow(frozen);
        row.setOnDragDetected(e -> {
            if (row.isEmpty() || table.getEditingCell() != null) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.put(DRAGGED_ROW, row.getItem().itemId());
            row.startDragAndDrop(TransferMode.MOVE).setContent(content);
            e.consume();
        });
        row.setOnDragOver(e -> {
            if (!row.isEmpty() && e.getDragboard().hasContent(DRAGGED_ROW)) {
                e.acceptTransferModes(TransferMode.MOVE);
                row.pseudoClassStateChanged(DROP_TARGET, true);
                e.consume();
            }
        });
        row.setOnDragExited(e -> row.pseudoClassStateChanged(DROP_TARGET, false));
        row.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(DRAGGED_ROW);
            GapRowViewModel moved = find(viewModel, id);
            boolean done = moved != null && !row.isEmpty();
            if (done) {
                viewModel.moveRank(moved, row.getItem());
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return row;
    }

    private static GapRowViewModel find(GapWorksheetViewModel viewModel, Object itemId) {
        return viewModel.rows().stream()
                .filter(r -> r.itemId().equals(itemId))
                .findFirst()
                .orElse(null);
    }
}
