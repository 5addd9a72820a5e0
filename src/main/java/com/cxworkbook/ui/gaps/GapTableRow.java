package com.cxworkbook.ui.gaps;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;

/**
 * A worksheet row: id {@code gapRow-<itemId>} and a rule above each section's first row in the shown order,
 * read from the row's own {@link GapRowViewModel#sectionHeadProperty()} so a sort or filter restyles the
 * rows that changed without refreshing the table.
 */
class GapTableRow extends TableRow<GapRowViewModel> {

    private static final PseudoClass SECTION_START = PseudoClass.getPseudoClass("section-start");

    private final FrozenColumns frozen;
    private GapRowViewModel shown;
    private final InvalidationListener sectionChanged = obs -> showSectionStart();

    GapTableRow(FrozenColumns frozen) {
        this.frozen = frozen;
    }

    @Override
    protected void updateItem(GapRowViewModel item, boolean empty) {
        super.updateItem(item, empty);
        GapRowViewModel now = empty ? null : item;
        if (now != shown) {
            if (shown != null) {
                shown.sectionHeadProperty().removeListener(sectionChanged);
            }
            shown = now;
            if (shown != null) {
                shown.sectionHeadProperty().addListener(sectionChanged);
            }
        }
        showSectionStart();
        setId(shown == null ? null : "gapRow-" + shown.itemId());
    }

    @Override
    public void updateIndex(int index) {
        super.updateIndex(index);
        showSectionStart();
    }

    // the leading columns' cells stay in place while the table scrolls sideways
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
                frozen.pin(cell, cell.getTableColumn());
            }
        }
    }

    // a line above each section but the first row's
    private void showSectionStart() {
        pseudoClassStateChanged(SECTION_START, shown != null && getIndex() > 0 && shown.sectionStart());
    }
}
