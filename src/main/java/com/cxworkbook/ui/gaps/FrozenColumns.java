package com.cxworkbook.ui.gaps;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/**
 * Leading columns that stay put while the table scrolls sideways (Activity, Current, Gap), as frozen panes
 * in a spreadsheet: their cells and heads are moved right by exactly the horizontal scroll offset and drawn
 * above the cells scrolling under them. Also scrolls so the focused cell is visible beside them.
 */
final class FrozenColumns {

    private final TableView<?> table;
    private final List<? extends TableColumn<?, ?>> frozen;
    /** The table's horizontal scroll offset in pixels (VirtualFlow's bar counts pixels). */
    private final DoubleProperty offset = new SimpleDoubleProperty();

    private ScrollBar bar;

    FrozenColumns(TableView<?> table, List<? extends TableColumn<?, ?>> frozen) {
        this.table = table;
        this.frozen = frozen;
        table.skinProperty()
                .addListener((obs, old, skin) -> table.sceneProperty().addListener((o, was, scene) -> attach()));
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                attach();
            }
        });
    }

    boolean isFrozen(TableColumnBase<?, ?> column) {
        return frozen.contains(column);
    }

    /** Called by a cell when it is laid out: a frozen column's cell follows the scroll offset. */
    void pin(IndexedCell<?> cell, TableColumn<?, ?> column) {
        if (isFrozen(column) && !cell.translateXProperty().isBound()) {
            cell.translateXProperty().bind(offset);
            cell.setViewOrder(-1);
            cell.getStyleClass().add("frozen-cell");
        } else if (!isFrozen(column) && cell.translateXProperty().isBound()) {
            cell.translateXProperty().unbind();
            cell.setTranslateX(0);
            cell.setViewOrder(0);
            cell.getStyleClass().remove("frozen-cell");
        }
    }

    private void attach() {
        if (bar == null) {
            for (Node node : table.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar scroll
                        && scroll.getOrientation() == Orientation.HORIZONTAL
                        && scroll.getParent() instanceof VirtualFlow) {
                    bar = scroll;
                    offset.bind(bar.valueProperty());
                }
            }
        }
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader head
                    && isFrozen(head.getTableColumn())
                    && !head.translateXProperty().isBound()) {
                head.translateXProperty().bind(offset);
                head.setViewOrder(-1);
                head.getStyleClass().add("frozen-header");
            }
        }
    }

    /** Width of the frozen columns as shown. */
    double frozenWidth() {
        return frozen.stream()
                .filter(TableColumn::isVisible)
                .mapToDouble(TableColumn::getWidth)
                .sum();
    }

    /** Scrolls sideways just enough that {@code column} is visible to the right of the frozen columns. */
    void reveal(TableColumn<?, ?> column) {
        if (bar == null || column == null || isFrozen(column)) {
            return;
        }
        double x = 0;
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            if (c == column) {
                break;
            }
            x += c.getWidth();
        }
        Node clip = table.lookup(".clipped-container");
        double viewport = clip instanceof Region region ? region.getWidth() : table.getWidth();
        double left = x - frozenWidth();
        double value = bar.getValue();
        if (left < value) {
            value = left;
        } else if (x + column.getWidth() > value + viewport) {
            value = x + column.getWidth() - viewport;
        }
        bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), value)));
    }

    /** Scrolls up or down just enough that row {@code index} is in view. */
    void revealRow(int index) {
        Node flow = table.lookup(".virtual-flow");
        if (flow instanceof VirtualFlow<?> virtualFlow && index >= 0) {
            virtualFlow.scrollTo(index);
        }
    }
}
