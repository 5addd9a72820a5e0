package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Counts shared by every scoring method: ratings used, N/A and unrated items, per section and overall. */
final class Tally {

    final List<ItemScore> items = new ArrayList<>();
    final List<Item> notApplicableItems = new ArrayList<>();
    int rated;
    int notApplicable;
    int sum;

    Tally(Framework framework, Map<String, Rating> ratings) {
        for (Item item : framework.items()) {
            Rating rating = valid(framework, ratings.get(item.id()));
            items.add(new ItemScore(item, rating));
            if (rating == null) {
                continue;
            }
            if (rating.isNotApplicable()) {
                notApplicable++;
                notApplicableItems.add(item);
            } else {
                rated++;
                sum += rating.value();
            }
        }
    }

    /** A value outside the scale (e.g. from a hand-edited file) counts as unrated rather than skewing the score. */
    static Rating valid(Framework framework, Rating rating) {
        if (rating == null || rating.isNotApplicable()) {
            return rating;
        }
        return framework.scale().contains(rating.value()) ? rating : null;
    }

    static SectionResult section(
            Framework framework, Section section, Map<String, Rating> ratings, Level level, int threshold) {
        int rated = 0;
        int na = 0;
        int sum = 0;
        int met = 0;
        for (Item item : section.items()) {
            Rating rating = valid(framework, ratings.get(item.id()));
            if (rating == null) {
                continue;
            }
            if (rating.isNotApplicable()) {
                na++;
            } else {
                rated++;
                sum += rating.value();
                if (rating.value() >= threshold) {
                    met++;
                }
            }
        }
        Double mean = rated == 0 ? null : (double) sum / rated;
        return new SectionResult(section, section.items().size(), rated, na, sum, mean, level, met);
    }

    static String itemList(List<Item> items) {
        List<String> names = new ArrayList<>();
        for (Item item : items) {
            names.add(item.displayName());
        }
        return String.join(", ", names);
    }
}
