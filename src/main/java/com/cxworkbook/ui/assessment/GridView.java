package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.ScoreResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The clickable grid of one assessment. Built once; a rating change redraws only the affected row, so a
 * click stays instant however large the framework. Keyboard: Up/Down move between items, digits rate,
 * 0 or N marks N/A, Delete/Backspace clears.
 *
 * <p>A long grid joins the scene in two steps: the first screenful of rows, then (after the pulse that
 * draws them) the rest. Styling a row costs far more than building it, and ICMI's twenty rows of five
 * descriptors took most of the time between Enter on the home and the first grid on screen. Every row is
 * built at once, so ratings, focus and keys reach all of them; anything that needs a later row on screen
 * (moving to it, scrolling to a section) attaches the rest first.
 */
public class GridView extends VBox {

    private final GridViewModel vm;
    private final Map<String, RowView> rows = new HashMap<>();
    private final Map<String, Node> stageColumns = new HashMap<>();
    /** Rows that fill more than the largest screen (a projector at 1920×1080 shows about eight). */
    private static final int FIRST_ROWS = 8;
    /** Headings and rows past the first screenful, waiting for the grid's first frame. */
    private final List<Node> pending = new ArrayList<>();
    /** True between a mouse press and release on a row. */
    private boolean pointing;

    // Held as fields: the model outlives this view, so it only holds these listeners weakly
    private final MapChangeListener<String, Object> onRating = change -> {
        RowView row = rows.get(change.getKey());
        if (row != null) {
            row.refresh();
        }
    };
    private final ChangeListener<ScoreResult> onResult = (obs, old, result) -> markReachedStage(result);

    public GridView(GridViewModel vm) {
        super(6);
        this.vm = vm;
        setId("ratingGrid");
        getStyleClass().add("rating-grid");
        setAccessibleText(
                "Rating grid: Up and Down move between items, digits rate, N marks not applicable, " + "Delete clears");
        if (vm.layout() == GridViewModel.Layout.STAGE_CHECKLIST) {
            buildChecklist();
        } else {
            buildValueGrid();
        }
        getChildren().add(0, new SpreadLegend(vm.model()));
        vm.model().ratings().addListener(new WeakMapChangeListener<>(onRating));
        vm.model().resultProperty().addListener(new WeakChangeListener<>(onResult));
        markReachedStage(vm.model().result());
        vm.focusedItemProperty().addListener((obs, old, item) -> {
            attachFor(item);
            if (old != null && rows.containsKey(old.id())) {
                rows.get(old.id()).setFocusedRow(false);
            }
            if (item != null && rows.containsKey(item.id())) {
                rows.get(item.id()).setFocusedRow(true);
                scrollToRow(item);
            }
        });
        rows.forEach((itemId, row) -> {
            Node node = (Node) row;
            // A click anywhere on a row (its name, statement, status) makes it the current item, and puts the
            // keyboard there unless the click went to a control that takes the focus itself
            node.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> pointing = false);
            node.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                // a clicked row is where the pointer is: the grid must not scroll it away under the pointer
                pointing = true;
                vm.focus(row.item());
                if (!insideFocusableControl(e.getTarget(), node)) {
                    Platform.runLater(() -> row.focusTarget(focusedValue()).requestFocus());
                }
            });
        });
        if (vm.focusedItem() != null) {
            rows.get(vm.focusedItem().id()).setFocusedRow(true);
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        if (!pending.isEmpty()) {
            sceneProperty().addListener((obs, old, scene) -> attachAfterFirstFrame(scene));
            attachAfterFirstFrame(getScene());
        }
    }

    /** Attaches the pending rows once the pulse that lays out the first ones is over. */
    private void attachAfterFirstFrame(Scene scene) {
        if (scene == null || pending.isEmpty()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(once[0]);
            attachRest();
        });
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Puts every row in the scene now (a no-op once they are). */
    public void attachRest() {
        if (!pending.isEmpty()) {
            List<Node> rest = new ArrayList<>(pending);
            pending.clear();
            getChildren().addAll(rest);
        }
    }

    /** Attaches the pending rows now if the item's row is one (to take the focus); the first frame stays small. */
    private void attachFor(Item item) {
        Node row = item == null ? null : (Node) rows.get(item.id());
        if (row == null || pending.contains(row)) {
            attachRest();
        }
    }

    /** Adds a heading or row: to the grid while the first screenful lasts, then to the pending ones. */
    private void addPart(Node part) {
        if (pending.isEmpty() && rows.size() <= FIRST_ROWS) {
            getChildren().add(part);
        } else {
            pending.add(part);
        }
    }

    private void buildValueGrid() {
        if (vm.hasDescriptors()) {
            getStyleClass().add("descriptor-grid");
            GridPane header = new GridPane();
            header.setId("gridHeader");
            header.getStyleClass().add("grid-header");
            header.setHgap(4);
            header.getColumnConstraints().setAll(ValueRow.columns(vm));
            int column = 0;
            for (int value : vm.values()) {
                header.add(RowParts.wrapping(vm.columnHeading(value), "column-heading"), column++, 0);
            }
            getChildren().add(header);
        } else {
            StringBuilder legend = new StringBuilder("Click the value that fits: ");
            for (int value : vm.values()) {
                legend.append(value == vm.values().get(0) ? "" : " · ").append(vm.valueLabel(value));
            }
            getChildren().add(RowParts.wrapping(legend.toString(), "grid-legend"));
        }
        for (GridViewModel.Group group : vm.groups()) {
            if (!group.title().isBlank()) {
                Label heading = RowParts.wrapping(group.title(), "section-heading");
                heading.setId("section-" + group.id());
                addPart(vm.hasPreviousRound() ? withKeepPrevious(heading, group) : heading);
            }
            for (Item item : group.items()) {
                ValueRow row = new ValueRow(vm, item);
                rows.put(item.id(), row);
                addPart(row);
            }
        }
    }

    /** A section heading of a follow-up round, with "Keep previous" for the whole section. */
    private Node withKeepPrevious(Label heading, GridViewModel.Group group) {
        Button keep = new Button("Keep previous ratings");
        keep.setId("keepPrevious-" + group.id());
        keep.getStyleClass().add("keep-previous");
        keep.setAccessibleText("Rate every unrated item of " + group.title() + " as in the previous round");
        keep.setOnAction(e -> vm.keepPrevious(group.items()));
        HBox line = new HBox(12, heading, keep);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    private void buildChecklist() {
        int n = vm.groups().size();
        GridPane columns = new GridPane() {
            // Equal columns, each at least as wide as the widest column's content needs (its longest word):
            // narrower, the scroll pane scrolls sideways instead of breaking words
            @Override
            protected double computeMinWidth(double height) {
                double widest = 0;
                for (Node column : getChildren()) {
                    widest = Math.max(widest, column.minWidth(-1));
                }
                return widest * n + getHgap() * (n - 1) + snappedLeftInset() + snappedRightInset();
            }
        };
        columns.setId("stageColumns");
        columns.setHgap(8);
        int index = 0;
        for (GridViewModel.Group group : vm.groups()) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / n);
            columns.getColumnConstraints().add(constraints);
            VBox column = new CachedVBox(8);
            column.setId("stage-" + group.id());
            column.getStyleClass().add("stage-column");
            column.getChildren().add(RowParts.wrapping(group.title(), "stage-title"));
            if (!group.description().isBlank()) {
                column.getChildren().add(RowParts.wrapping(group.description(), "stage-summary"));
            }
            for (Item item : group.items()) {
                ChecklistRow row = new ChecklistRow(vm, item);
                rows.put(item.id(), row);
                column.getChildren().add(row);
            }
            stageColumns.put(group.id(), column);
            columns.add(column, index++, 0);
        }
        String hint = vm.isTickList()
                ? "For each characteristic: does it describe the client? The stage reached is the highest one most of"
                        + " whose characteristics describe them (keys 1 and 0)."
                : "Rate each value; " + vm.valueLabel(vm.threshold()) + " or higher describes the client. "
                        + "The phase reached is the highest one most of whose values describe them.";
        getChildren().addAll(RowParts.wrapping(hint, "grid-legend"), columns);
    }

    private void markReachedStage(ScoreResult result) {
        Level reached = result == null ? null : result.level();
        stageColumns.forEach((levelId, column) -> RowParts.state(
                column, "stage-reached", reached != null && reached.id().equals(levelId)));
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.UP || code == KeyCode.DOWN) {
            Integer value = focusedValue();
            Item item = vm.moveFocus(code == KeyCode.UP ? -1 : 1);
            if (item != null) {
                rows.get(item.id()).focusTarget(value).requestFocus();
            }
            event.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            vm.clearFocused();
            event.consume();
        } else if (!event.isShortcutDown() && !event.isAltDown() && vm.keyTyped(event.getText())) {
            event.consume();
        }
    }

    /** The scale value of the focused cell, so Up/Down keeps the column. */
    private Integer focusedValue() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (focused == null || focused.getId() == null || !focused.getId().startsWith("cell-")) {
            return null;
        }
        String id = focused.getId();
        try {
            return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The node of an item's row (its focus target), or null. */
    public Node rowNode(String itemId) {
        RowView row = rows.get(itemId);
        attachFor(row == null ? null : row.item());
        return row == null ? null : row.focusTarget(null);
    }

    private static boolean insideFocusableControl(Object target, Node row) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != row; n = n.getParent()) {
            if (n instanceof Control && n.isFocusTraversable()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps the current item in the grid's viewport, so the room sees what the keyboard rates. After the
     * next layout: a row's position is only known once the grid is laid out.
     */
    private void scrollToRow(Item item) {
        if (pointing) {
            return;
        }
        Node row = (Node) rows.get(item.id());
        ScrollPane scroll = scrollPane();
        if (scroll == null || row == null) {
            return;
        }
        Platform.runLater(() -> ScrollIntoView.vertically(scroll, row));
    }

    private ScrollPane scrollPane() {
        for (Node n = getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** Gives the keyboard focus to the focused item's row, e.g. when the tab opens. */
    public void focusCurrentRow() {
        Item item = vm.focusedItem();
        attachFor(item);
        if (item != null) {
            rows.get(item.id()).focusTarget(null).requestFocus();
        }
    }
}
