package com.cxworkbook.ui.chart;

import com.cxworkbook.domain.SectionProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One result drawn on a {@link RadarChart} beside others (a round of an assessment): its name for the
 * legend and tooltips, a colour index ({@code series-<n>} in app.css), whether it is the one to stand out,
 * and per section the result so far and, while the section is partly rated, the range it can still end up
 * in (nulls where there is none).
 */
public record RadarSeries(
        String name, int colourIndex, boolean emphasised, List<Double> values, List<Double> lows, List<Double> highs) {

    public RadarSeries {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        lows = Collections.unmodifiableList(new ArrayList<>(lows));
        highs = Collections.unmodifiableList(new ArrayList<>(highs));
    }

    /** A series from section profiles: their results, and their ranges where a section is partly rated. */
    public static RadarSeries of(String name, int colourIndex, boolean emphasised, List<SectionProfile> profiles) {
        List<Double> values = new ArrayList<>();
        List<Double> lows = new ArrayList<>();
        List<Double> highs = new ArrayList<>();
        for (SectionProfile profile : profiles) {
            values.add(profile.result());
            lows.add(profile.isPartial() ? profile.low() : null);
            highs.add(profile.isPartial() ? profile.high() : null);
        }
        return new RadarSeries(name, colourIndex, emphasised, values, lows, highs);
    }

    /** True when section {@code i} is partly rated in this series, so it has a range bar. */
    public boolean hasRange(int i) {
        return i < lows.size() && lows.get(i) != null && highs.get(i) != null;
    }
}
