package com.cxworkbook.ui.chart;

import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/** Legend entries for the charts here: a short line styled like the chart's own shape, and its name. */
public final class ChartLegend {

    private ChartLegend() {}

    /** A key whose line carries {@code styles} (e.g. "radar-series", "series-1"), so CSS colours it alike. */
    public static Label key(String text, String... styles) {
        Line line = new Line(0, 0, 18, 0);
        line.getStyleClass().add("legend-line");
        line.getStyleClass().addAll(styles);
        Label label = new Label(text, line);
        label.getStyleClass().add("legend-key");
        return label;
    }
}
