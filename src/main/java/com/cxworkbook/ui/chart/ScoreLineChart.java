package com.cxworkbook.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

/**
 * A small line chart of one score over rounds: a dot per fully rated round joined by a line, and for a
 * partly rated round a bar from the lowest to the highest score it can still reach, with no dot (a score
 * "so far" is not comparable with a final one, and nothing is projected). Hand-made from a few shapes like
 * {@link RadarChart}: JavaFX's LineChart costs more to start, cannot draw a range, and would need CSS
 * hacks for per-point colours.
 */
public class ScoreLineChart extends Region {

    private static final double LEFT = 44;
    private static final double BOTTOM = 22;
    private static final double TOP = 22;

    private List<ScorePoint> points = List.of();
    private double min;
    private double max = 1;
    private final List<Line> segments = new ArrayList<>();

    public ScoreLineChart() {
        getStyleClass().add("score-line-chart");
        setMinSize(200, 140);
        setPrefSize(420, 180);
    }

    /** Replaces what is drawn; the y axis runs from {@code min} to {@code max} (the method's score range). */
    public void show(List<ScorePoint> rounds, double min, double max) {
        this.points = List.copyOf(rounds);
        this.min = min;
        this.max = max > min ? max : min + 1;
        getChildren().clear();
        segments.clear();
        for (int tick = 0; tick < 3; tick++) {
            getChildren().add(shape(new Line(), "score-chart-grid"));
            Label value = new Label(number(min + (this.max - min) * tick / 2));
            value.getStyleClass().add("score-chart-tick");
            value.setManaged(false);
            getChildren().add(value);
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i - 1).value() != null && points.get(i).value() != null) {
                Line segment = shape(new Line(), "score-chart-line");
                segment.setUserData(i);
                segments.add(segment);
                getChildren().add(segment);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            ScorePoint point = points.get(i);
            String colour = "series-" + point.colourIndex();
            if (point.hasRange()) {
                Line range = shape(new Line(), "score-chart-range");
                range.getStyleClass().add(colour);
                range.setId("scoreRange-" + i);
                Tooltip.install(range, new Tooltip(point.label() + ": " + point.text()));
                getChildren().add(range);
            }
            if (point.value() != null) {
                Circle dot = shape(new Circle(4.5), "score-chart-point");
                dot.getStyleClass().add(colour);
                dot.setId("scorePoint-" + i);
                Tooltip.install(dot, new Tooltip(point.label() + ": " + point.text()));
                getChildren().add(dot);
            }
            Label text = new Label(point.text());
            text.setId("scoreText-" + i);
            text.getStyleClass().add("score-chart-value");
            text.setManaged(false);
            getChildren().add(text);
            Label label = new Label(point.label());
            label.setId("scoreRound-" + i);
            label.getStyleClass().add("score-chart-round");
            label.setManaged(false);
            getChildren().add(label);
        }
        requestLayout();
    }

    public List<ScorePoint> points() {
        return points;
    }

    private static <T extends Shape> T shape(T shape, String style) {
        shape.getStyleClass().add(style);
        shape.setManaged(false);
        return shape;
    }

    private String number(double value) {
        return Math.abs(value - Math.rint(value)) < 0.05
                ? Long.toString(Math.round(value))
                : String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset() + LEFT;
        double right = getWidth() - snappedRightInset() - 8;
        double top = snappedTopInset() + TOP;
        double bottom = getHeight() - snappedBottomInset() - BOTTOM;
        int n = Math.max(1, points.size());
        double step = (right - left) / n;
        int grid = 0;
        int tick = 0;
        for (Node node : getChildren()) {
            if (node instanceof Line line && line.getStyleClass().contains("score-chart-grid")) {
                double y = snapPositionY(bottom - (bottom - top) * grid / 2.0) + 0.5;
                set(line, left, y, right, y);
                grid++;
            } else if (node instanceof Label label && label.getStyleClass().contains("score-chart-tick")) {
                double y = bottom - (bottom - top) * tick / 2.0;
                double w = label.prefWidth(-1);
                double h = label.prefHeight(-1);
                label.resizeRelocate(left - w - 6, y - h / 2, w, h);
                tick++;
            }
        }
        for (Node node : getChildren()) {
            String id = node.getId();
            if (node instanceof Line line && line.getStyleClass().contains("score-chart-line")) {
                int i = (Integer) line.getUserData();
                set(
                        line,
                        x(i - 1, left, step),
                        y(points.get(i - 1).value(), top, bottom),
                        x(i, left, step),
                        y(points.get(i).value(), top, bottom));
            } else if (id == null) {
                continue;
            } else if (id.startsWith("scoreRange-")) {
                ScorePoint p = points.get(index(id));
                double x = x(index(id), left, step);
                set((Line) node, x, y(p.low(), top, bottom), x, y(p.high(), top, bottom));
            } else if (id.startsWith("scorePoint-")) {
                ScorePoint p = points.get(index(id));
                ((Circle) node).setCenterX(x(index(id), left, step));
                ((Circle) node).setCenterY(y(p.value(), top, bottom));
            } else if (id.startsWith("scoreText-")) {
                ScorePoint p = points.get(index(id));
                Label label = (Label) node;
                double w = Math.min(label.prefWidth(-1), step - 4);
                double h = label.prefHeight(-1);
                Double upper = p.hasRange() ? p.high() : p.value();
                double y = upper == null ? bottom - h : y(upper, top, bottom) - h - 4;
                label.resizeRelocate(x(index(id), left, step) - w / 2, Math.max(snappedTopInset(), y), w, h);
            } else if (id.startsWith("scoreRound-")) {
                Label label = (Label) node;
                double w = Math.min(label.prefWidth(-1), step - 4);
                double h = label.prefHeight(-1);
                label.resizeRelocate(x(index(id), left, step) - w / 2, bottom + 4, w, h);
            }
        }
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }

    private static double x(int i, double left, double step) {
        return left + step * (i + 0.5);
    }

    private double y(Double value, double top, double bottom) {
        double v = value == null ? min : Math.max(min, Math.min(max, value));
        return bottom - (bottom - top) * (v - min) / (max - min);
    }

    private static void set(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }
}
