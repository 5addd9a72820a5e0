package com.cxworkbook.ui.chart;

import java.util.List;

/** One group's section means on the radar, drawn as an overlay in the group's colour (as on the grid). */
public record GroupOverlay(String name, int colourIndex, List<Double> values) {}
