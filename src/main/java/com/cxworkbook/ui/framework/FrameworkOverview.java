package com.cxworkbook.ui.framework;

import com.cxworkbook.domain.Band;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Recommendation;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the framework overview screen shows, computed from a framework without any JavaFX: one card per
 * level (its summary, its details, descriptors or characteristics) and one per section (its statements).
 */
public record FrameworkOverview(
        String title,
        String subtitle,
        String description,
        String source,
        List<LevelCard> levels,
        List<SectionCard> sections) {

    public record Detail(String label, String text) {}

    public record LevelCard(String id, String name, String summary, List<Detail> details) {}

    public record SectionCard(String id, String name, String description, List<Detail> statements) {}

    /** The same overview with where the app got the framework added to its source line. */
    public FrameworkOverview withOrigin(String origin) {
        return origin == null || origin.isBlank()
                ? this
                : new FrameworkOverview(title, subtitle, description, source + " · " + origin, levels, sections);
    }

    public static FrameworkOverview of(Framework framework) {
        List<LevelCard> levels = new ArrayList<>();
        List<Level> frameworkLevels = framework.levels();
        for (int i = 0; i < frameworkLevels.size(); i++) {
            Level level = frameworkLevels.get(i);
            levels.add(new LevelCard(level.id(), level.name(), level.summary(), details(framework, level, i)));
        }
        List<SectionCard> sections = new ArrayList<>();
        for (Section section : framework.sections()) {
            List<Detail> statements = new ArrayList<>();
            for (Item item : section.items()) {
                statements.add(new Detail(item.name(), item.statement()));
            }
            sections.add(new SectionCard(
                    section.id(),
                    section.name(),
                    section.description() == null ? "" : section.description(),
                    statements));
        }
        String subtitle = (framework.publisher() == null ? "" : framework.publisher() + " · ")
                + framework.levels().size() + " " + levelWord(framework) + " · "
                + framework.sections().size() + " sections · " + framework.itemCount() + " items · "
                + methodText(framework);
        return new FrameworkOverview(
                framework.name(), subtitle, framework.description(), framework.source(), levels, sections);
    }

    private static List<Detail> details(Framework framework, Level level, int index) {
        List<Detail> details = new ArrayList<>();
        for (Map.Entry<String, String> entry : level.details().entrySet()) {
            details.add(new Detail(entry.getKey(), entry.getValue()));
        }
        ScoringMethod method = framework.scoring().method();
        if (method == ScoringMethod.SUM_BANDS) {
            for (Band band : framework.scoring().bands()) {
                if (level.id().equals(band.level())) {
                    details.add(new Detail("Score", band.min() + "–" + band.max() + " points"));
                }
            }
        } else if (method == ScoringMethod.MEAN_LEVEL) {
            int value = framework.scale().min() + index;
            for (Item item : framework.items()) {
                String descriptor = item.descriptor(value);
                if (descriptor != null) {
                    details.add(new Detail(item.displayName(), descriptor));
                }
            }
        } else {
            for (Item item : framework.items()) {
                if (level.id().equals(framework.stageOf(item))) {
                    details.add(new Detail(item.name(), item.statement().equals(item.name()) ? "" : item.statement()));
                }
            }
        }
        framework
                .recommendationTo(level.id())
                .ifPresent(r -> details.add(
                        new Detail(r.title() == null ? "How to get here" : r.title(), recommendationText(r))));
        return details;
    }

    private static String recommendationText(Recommendation r) {
        StringBuilder text = new StringBuilder(r.text());
        for (String action : r.actions()) {
            text.append(text.length() == 0 ? "" : "\n").append("• ").append(action);
        }
        return text.toString();
    }

    private static String levelWord(Framework framework) {
        return framework.scoring().method() == ScoringMethod.MEAN_LEVEL ? "levels" : "stages";
    }

    static String methodText(Framework framework) {
        return switch (framework.scoring().method()) {
            case SUM_BANDS -> "total score in bands";
            case MEAN_LEVEL -> "mean level per section";
            case STAGE_CHECKLIST -> "best-fit stage: the highest stage most of whose characteristics describe you";
        };
    }
}
