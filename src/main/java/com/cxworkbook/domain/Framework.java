package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A maturity framework as loaded from its data file. Immutable. */
public record Framework(
        String id,
        String version,
        String name,
        String publisher,
        String source,
        String description,
        Scale scale,
        List<Level> levels,
        List<Section> sections,
        Scoring scoring,
        List<Recommendation> recommendations) {

    public Framework {
        levels = Copies.list(levels);
        sections = Copies.list(sections);
        recommendations = Copies.list(recommendations);
        description = description == null ? "" : description;
    }

    /** Every item in section order. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        // null entries only exist in a file that failed validation; skipping them lets the validator report it
        for (Section section : sections) {
            if (section != null) {
                items.addAll(section.items());
            }
        }
        return Collections.unmodifiableList(items);
    }

    public int itemCount() {
        return items().size();
    }

    public Optional<Item> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Section> sectionOf(String itemId) {
        return sections.stream()
                .filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .findFirst();
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    /** Position of a level, lowest = 0, or -1 when unknown. */
    public int levelIndex(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }

    /** The level after the given one, empty at the top. */
    public Optional<Level> nextLevel(Level level) {
        int index = level == null ? -1 : levelIndex(level.id());
        return index + 1 < levels.size() ? Optional.of(levels.get(index + 1)) : Optional.empty();
    }

    public Optional<Recommendation> recommendationTo(String levelId) {
        return recommendations.stream().filter(r -> levelId.equals(r.toLevel())).findFirst();
    }

    /** The stage a checklist item belongs to: its own level, else its section's. */
    public String stageOf(Item item) {
        if (item.level() != null) {
            return item.level();
        }
        return sectionOf(item.id()).map(Section::level).orElse(null);
    }
}
