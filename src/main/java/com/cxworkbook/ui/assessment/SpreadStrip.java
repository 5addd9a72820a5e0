package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The line under a grid row that shows the room: a dot per participant under the value they chose, a bar
 * from min to max, a "Discuss" marker (id {@code disagree-<itemId>}) when the spread is two levels or more,
 * and the item's target (id {@code target-<itemId>}) under its value beside the agreed rating.
 * Dots sit under the row's own cells, so the strip reads them from the cells' positions at layout time.
 */
final class SpreadStrip extends Region {

    private static final double GAP = 4;

    private final AssessmentModel model;
    private final Item item;
    private final Map<Integer, ? extends Node> cells;
    private final Line range = new Line();
    private final List<Circle> dots = new ArrayList<>();
    private final Label summary = new Label();
    private final Label disagree = new Label();
    private final HBox texts = new HBox(8, summary, disagree);
    private final Label target = new Label();
    private SpreadLine line;

    // Held as fields: the model outlives the grid, so it only holds these listeners weakly
    private final ChangeListener<Number> onParticipants = (obs, old, now) -> refresh();
    private final MapChangeListener<String, Object> onItemChange = change -> {
        if (change.getKey().equals(itemId())) {
            refresh();
        }
    };

    /** @param cells the row's value cells by scale value; empty when the row has none (tick list) */
    SpreadStrip(AssessmentModel model, Item item, Map<Integer, ? extends Node> cells) {
        this.model = model;
        this.item = item;
        this.cells = cells;
        setId("spread-" + item.id());
        getStyleClass().add("spread-strip");
        range.getStyleClass().add("spread-range");
        summary.getStyleClass().add("spread-summary");
        disagree.setId("disagree-" + item.id());
        disagree.getStyleClass().add("disagree-marker");
        LazyTooltip.install(disagree, () -> "The room's ratings differ by two levels or more: worth discussing");
        disagree.setMinWidth(USE_PREF_SIZE);
        summary.setMinWidth(USE_PREF_SIZE);
        texts.setAlignment(Pos.CENTER_LEFT);
        target.setId("target-" + item.id());
        target.getStyleClass().add("target-marker");
        target.setMinWidth(USE_PREF_SIZE);
        LazyTooltip.install(
                target,
                () -> line.ownTarget()
                        ? "Target set for this item. Right-click a value to change or clear it."
                        : "Default target: one level above the agreed rating. Right-click a value to set a target.");
        getChildren().addAll(range, texts, target);
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.TEXT);
        model.participantRevisionProperty().addListener(new WeakChangeListener<>(onParticipants));
        model.ratings().addListener(new WeakMapChangeListener<>(onItemChange));
        model.targets().addListener(new WeakMapChangeListener<>(onItemChange));
        cells.values().forEach(cell -> cell.boundsInParentProperty().addListener((obs, old, now) -> requestLayout()));
        refresh();
    }

    private String itemId() {
        return item.id();
    }

    void refresh() {
        line = SpreadLine.of(model, item.id());
        boolean show = !line.isEmpty();
        setVisible(show);
        setManaged(show);
        getChildren().removeAll(dots);
        dots.clear();
        for (SpreadLine.Dot dot : line.dots()) {
            Circle circle = new Circle(4);
            circle.getStyleClass().addAll("spread-dot", "dot-group-" + (dot.groupIndex() % 4));
            LazyTooltip.install(circle, () -> dot.participant() + " (" + dot.group() + "): " + dot.value());
            dots.add(circle);
        }
        getChildren().addAll(dots);
        boolean room = line.hasRoomRatings();
        range.setVisible(room && !cells.isEmpty() && line.spread().spread() > 0);
        summary.setText(line.summary());
        summary.setVisible(room);
        disagree.setText("! " + line.disagreementText());
        disagree.setVisible(line.disagreement());
        disagree.setManaged(line.disagreement());
        target.setText(line.targetText());
        target.setVisible(line.target() != null);
        RowParts.state(target, "own-target", line.ownTarget());
        RowParts.state(target, "target-reached", line.targetReached());
        setAccessibleText(item.displayName() + ": " + line.accessibleText());
        requestLayout();
    }

    /** Dot radius from the text size, so the dots grow with projector mode's larger type. */
    private double dot() {
        return Math.max(4, summary.getFont().getSize() * 0.35);
    }

    /** The dots' line; none when nobody in the room rated the item, so a target alone takes one line. */
    private double track() {
        return line != null && line.hasRoomRatings() ? dot() * 2 + 4 + GAP : 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return track()
                + Math.max(texts.prefHeight(-1), target.prefHeight(-1))
                + snappedTopInset()
                + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        // As narrow as its texts: the strip spans the value columns and must not widen them
        return texts.prefWidth(-1) + target.prefWidth(-1) + 8 + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double left = snappedLeftInset();
        double radius = dot();
        double textY = top + track();
        double textHeight = texts.prefHeight(-1);
        double y = top + (track() - GAP) / 2;
        // Several people on the same value sit side by side around that value's centre
        Map<Integer, Integer> seen = new HashMap<>();
        Map<Integer, Long> counts = new HashMap<>();
        line.dots().forEach(d -> counts.merge(d.value(), 1L, Long::sum));
        double fallbackX = left + radius;
        for (int i = 0; i < dots.size(); i++) {
            SpreadLine.Dot dot = line.dots().get(i);
            Double centre = centreOf(dot.value());
            int index = seen.merge(dot.value(), 1, Integer::sum) - 1;
            double x;
            if (centre == null) {
                x = fallbackX;
                fallbackX += radius * 2 + 3;
            } else {
                x = centre + (index - (counts.get(dot.value()) - 1) / 2.0) * (radius * 2 + 3);
            }
            dots.get(i).setRadius(radius);
            dots.get(i).setCenterX(x);
            dots.get(i).setCenterY(y);
        }
        Double min = line.spread().isEmpty() ? null : centreOf(line.spread().min());
        Double max = line.spread().isEmpty() ? null : centreOf(line.spread().max());
        if (min != null && max != null) {
            range.setStartX(min);
            range.setEndX(max);
            range.setStartY(y);
            range.setEndY(y);
        }
        // The target sits under its value; the texts start at the left, or after the target when it is there
        double width = target.prefWidth(-1);
        Double targetCentre = line.target() == null ? null : centreOf(line.target());
        double targetX = targetCentre == null ? left : targetCentre - width / 2;
        targetX = Math.max(left, Math.min(targetX, getWidth() - snappedRightInset() - width));
        double textsWidth = texts.prefWidth(-1);
        boolean clash = target.isVisible() && targetX < left + textsWidth + 8 && targetX + width + 8 > left;
        double textsX = clash ? targetX + width + 8 : left;
        texts.resizeRelocate(textsX, textY, textsWidth, textHeight);
        target.resizeRelocate(targetX, textY, width, target.prefHeight(-1));
    }

    /** The x of a value cell's centre in this strip's coordinates, or null when the row has no such cell. */
    private Double centreOf(int value) {
        Node cell = cells.get(value);
        if (cell == null || cell.getScene() == null || getScene() == null) {
            return null;
        }
        Bounds bounds = cell.localToScene(cell.getLayoutBounds());
        Point2D centre = sceneToLocal(bounds.getCenterX(), bounds.getCenterY());
        return centre == null ? null : centre.getX();
    }

    /** For tests and screen readers: what the strip currently says. */
    SpreadLine line() {
        return line;
    }
}
