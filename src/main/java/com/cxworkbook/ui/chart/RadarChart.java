package com.cxworkbook.ui.chart;

import com.cxworkbook.domain.SectionProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;

/**
 * A radar (spider) chart of section results: one axis per section (clickable, with its name), grey rings
 * per scale step, the top of the scale, the target (dashed), the agreed result (filled), each group's
 * result as a thin overlay, and a thick bar along an axis for the range a partly rated section can still
 * end up in. {@link #showSeries} draws several results instead of one (rounds of an assessment), each in
 * its own colour with its own range bars. JavaFX has no radar chart; this is a handful of shapes laid out
 * in {@link #layoutChildren}, so it costs little to build and restyles with CSS (app.css).
 */
public class RadarChart extends Region {

    /** Section names wrap at this width, so long ones do not squeeze the chart. */
    private static final double LABEL_WIDTH = 100;

    private List<SectionProfile> sections = List.of();
    private List<GroupOverlay> overlays = List.of();
    private List<RadarSeries> series = List.of();
    private Consumer<SectionProfile> onSection = s -> {};
    private boolean clickable;

    /** A range bar along axis {@code index}: where that section's result can still end up. */
    private record Span(int index, double low, double high) {}

    public RadarChart() {
        getStyleClass().add("radar-chart");
        setMinSize(160, 160);
        setPrefSize(300, 260);
    }

    public void setOnSection(Consumer<SectionProfile> handler) {
        onSection = handler == null ? s -> {} : handler;
        clickable = handler != null;
    }

    /** Replaces what is drawn: one agreed result (the profiles') with the groups' overlays. */
    public void show(List<SectionProfile> profiles, List<GroupOverlay> groups) {
        sections = List.copyOf(profiles);
        overlays = List.copyOf(groups);
        series = List.of();
        build();
    }

    /**
     * Replaces what is drawn with several results on the axes of {@code axes} (whose targets are drawn
     * dashed): each series a polygon in its colour ({@code series-<colour>}), the emphasised one thicker
     * and filled, and a bar per partly rated section for the range it can still end up in. Nothing is
     * projected: an unrated section sits at the centre and its bar shows where it can go.
     */
    public void showSeries(List<SectionProfile> axes, List<RadarSeries> results) {
        sections = List.copyOf(axes);
        overlays = List.of();
        series = List.copyOf(results);
        build();
    }

    public List<RadarSeries> series() {
        return series;
    }

    private void build() {
        getChildren().clear();
        int n = sections.size();
        if (n == 0) {
            return;
        }
        int top = sections.get(0).top();
        for (int step = 1; step <= top; step++) {
            getChildren().add(shape(new Polygon(), "radar-ring"));
        }
        for (SectionProfile section : sections) {
            Line axis = shape(new Line(), "radar-axis");
            axis.setId("radarAxis-" + section.section().id());
            getChildren().add(axis);
        }
        getChildren().add(shape(new Polygon(), "radar-top"));
        for (GroupOverlay overlay : overlays) {
            Polygon polygon = shape(new Polygon(), "radar-overlay");
            polygon.getStyleClass().add("group-" + overlay.colourIndex());
            polygon.setUserData(overlay);
            Tooltip.install(polygon, new Tooltip(overlay.name()));
            getChildren().add(polygon);
        }
        getChildren().add(shape(new Polygon(), "radar-target"));
        if (series.isEmpty()) {
            getChildren().add(shape(new Polygon(), "radar-result"));
            for (int i = 0; i < n; i++) {
                SectionProfile section = sections.get(i);
                if (section.isPartial()) {
                    Line range = shape(new Line(), "radar-range");
                    range.setId("radarRange-" + section.section().id());
                    range.setUserData(new Span(i, section.low(), section.high()));
                    Tooltip.install(range, new Tooltip(rangeText(section)));
                    getChildren().add(range);
                }
            }
        }
        addSeries(n);
        for (SectionProfile section : sections) {
            Label label = new Label(section.section().name());
            label.setId("radarLabel-" + section.section().id());
            label.getStyleClass().add("radar-label");
            label.setUserData(section);
            if (clickable) {
                label.setCursor(Cursor.HAND);
                label.setOnMouseClicked(e -> onSection.accept(section));
            }
            label.setTooltip(new Tooltip(series.isEmpty() ? tooltip(section) : seriesTooltip(section)));
            label.setMaxWidth(LABEL_WIDTH);
            label.setWrapText(true);
            getChildren().add(label);
        }
        requestLayout();
    }

    private void addSeries(int n) {
        // earlier series first, so the emphasised one (the latest round) is drawn on top
        for (RadarSeries one : series) {
            Polygon polygon = shape(new Polygon(), "radar-series");
            polygon.getStyleClass().add("series-" + one.colourIndex());
            polygon.getStyleClass().add(one.emphasised() ? "emphasised" : "plain");
            polygon.setUserData(one);
            Tooltip.install(polygon, new Tooltip(one.name()));
            getChildren().add(polygon);
        }
        for (int s = 0; s < series.size(); s++) {
            RadarSeries one = series.get(s);
            for (int i = 0; i < n && i < one.values().size(); i++) {
                if (one.hasRange(i)) {
                    Line range = shape(new Line(), "radar-series-range");
                    range.getStyleClass().add("series-" + one.colourIndex());
                    range.setId(
                            "radarRange-" + s + "-" + sections.get(i).section().id());
                    range.setUserData(new Span(i, one.lows().get(i), one.highs().get(i)));
                    Tooltip.install(
                            range,
                            new Tooltip(String.format(
                                    "%s, %s: partly rated, so the result can still end up between %.1f and %.1f",
                                    one.name(),
                                    sections.get(i).section().name(),
                                    one.lows().get(i),
                                    one.highs().get(i))));
                    getChildren().add(range);
                }
            }
        }
    }

    private String seriesTooltip(SectionProfile section) {
        int i = sections.indexOf(section);
        StringBuilder text = new StringBuilder(section.section().name());
        for (RadarSeries one : series) {
            Double value = i < one.values().size() ? one.values().get(i) : null;
            text.append("\n").append(one.name()).append(": ");
            text.append(value == null ? "not rated" : String.format("%.1f", value));
            if (one.hasRange(i)) {
                text.append(String.format(
                        " so far (%.1f–%.1f while items are unrated)",
                        one.lows().get(i), one.highs().get(i)));
            }
        }
        return text.toString();
    }

    static String rangeText(SectionProfile s) {
        return String.format(
                "%s: %d item(s) unrated, so the result can still end up between %.1f and %.1f",
                s.section().name(), s.unrated(), s.low(), s.high());
    }

    private static String tooltip(SectionProfile s) {
        String result = s.result() == null ? "not rated yet" : String.format("%.1f of %d", s.result(), s.top());
        String target = s.target() == null ? "" : String.format(", target %.1f", s.target());
        return s.section().name() + ": " + result + target + (s.isPartial() ? " (partly rated)" : "")
                + ". Click to rate its items.";
    }

    private static <T extends Shape> T shape(T shape, String style) {
        shape.getStyleClass().add(style);
        shape.setManaged(false);
        return shape;
    }

    public List<SectionProfile> sections() {
        return sections;
    }

    @Override
    protected void layoutChildren() {
        int n = sections.size();
        if (n == 0) {
            return;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double cx = snappedLeftInset() + w / 2;
        double cy = snappedTopInset() + h / 2;
        double radius = Math.max(20, Math.min(w / 2 - LABEL_WIDTH + 12, h / 2 - 26));
        int top = sections.get(0).top();
        int ring = 0;
        int axis = 0;
        for (var node : getChildren()) {
            if (node instanceof Polygon polygon) {
                List<String> style = polygon.getStyleClass();
                if (style.contains("radar-ring")) {
                    ring++;
                    polygon.getPoints().setAll(points(n, cx, cy, radius * ring / top));
                } else if (style.contains("radar-top")) {
                    polygon.getPoints().setAll(points(n, cx, cy, radius));
                } else if (style.contains("radar-target")) {
                    polygon.getPoints()
                            .setAll(values(
                                    cx,
                                    cy,
                                    radius,
                                    top,
                                    sections.stream()
                                            .map(SectionProfile::target)
                                            .toList()));
                    polygon.setVisible(sections.stream().anyMatch(s -> s.target() != null));
                } else if (style.contains("radar-result")) {
                    polygon.getPoints()
                            .setAll(values(
                                    cx,
                                    cy,
                                    radius,
                                    top,
                                    sections.stream()
                                            .map(SectionProfile::result)
                                            .toList()));
                } else if (style.contains("radar-overlay")) {
                    polygon.getPoints()
                            .setAll(values(cx, cy, radius, top, ((GroupOverlay) polygon.getUserData()).values()));
                } else if (style.contains("radar-series")) {
                    polygon.getPoints()
                            .setAll(values(cx, cy, radius, top, ((RadarSeries) polygon.getUserData()).values()));
                }
            } else if (node instanceof Line line) {
                if (line.getStyleClass().contains("radar-axis")) {
                    set(line, cx, cy, cx + radius * cos(axis, n), cy + radius * sin(axis, n));
                    axis++;
                } else {
                    Span s = (Span) line.getUserData();
                    int i = s.index();
                    double lo = radius * s.low() / top;
                    double hi = radius * s.high() / top;
                    set(line, cx + lo * cos(i, n), cy + lo * sin(i, n), cx + hi * cos(i, n), cy + hi * sin(i, n));
                }
            } else if (node instanceof Label label) {
                int i = sections.indexOf((SectionProfile) label.getUserData());
                double lw = Math.min(label.prefWidth(-1), LABEL_WIDTH);
                double lh = label.prefHeight(lw);
                double x = cx + (radius + 8) * cos(i, n);
                double y = cy + (radius + 8) * sin(i, n);
                double c = cos(i, n);
                double left = c > 0.3 ? x : c < -0.3 ? x - lw : x - lw / 2;
                double s = sin(i, n);
                double topY = s < -0.3 ? y - lh : s > 0.3 ? y : y - lh / 2;
                label.resizeRelocate(snapPositionX(left), snapPositionY(topY), lw, lh);
            }
        }
    }

    private static void set(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    private List<Double> values(double cx, double cy, double radius, int top, List<Double> values) {
        List<Double> points = new ArrayList<>();
        int n = values.size();
        for (int i = 0; i < n; i++) {
            Double v = values.get(i);
            double r = v == null ? 0 : radius * v / top;
            points.add(cx + r * cos(i, n));
            points.add(cy + r * sin(i, n));
        }
        return points;
    }

    private static List<Double> points(int n, double cx, double cy, double r) {
        List<Double> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(cx + r * cos(i, n));
            points.add(cy + r * sin(i, n));
        }
        return points;
    }

    /** First axis straight up, then clockwise. */
    private static double cos(int i, int n) {
        return Math.cos(-Math.PI / 2 + 2 * Math.PI * i / n);
    }

    private static double sin(int i, int n) {
        return Math.sin(-Math.PI / 2 + 2 * Math.PI * i / n);
    }
}
