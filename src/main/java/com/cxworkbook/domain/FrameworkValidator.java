package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a framework is sound before the app trusts it: ids unique, references resolvable, bands covering
 * the whole score range, a sane scale and bounded sizes (framework files may come from outside).
 */
public final class FrameworkValidator {

    public static final int MAX_SCALE_VALUE = 10;
    public static final int MAX_LEVELS = 10;
    public static final int MAX_ITEMS = 2000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final List<ValidationProblem> problems = new ArrayList<>();

    private FrameworkValidator() {}

    public static List<ValidationProblem> validate(Framework framework) {
        FrameworkValidator validator = new FrameworkValidator();
        validator.check(framework);
        return List.copyOf(validator.problems);
    }

    private void problem(String path, String message) {
        problems.add(new ValidationProblem(path, message));
    }

    private boolean required(String path, String value) {
        if (value == null || value.isBlank()) {
            problem(path, "is missing or empty");
            return false;
        }
        return true;
    }

    private void check(Framework f) {
        if (required("$.id", f.id()) && !ID.matcher(f.id()).matches()) {
            problem("$.id", "must be lowercase letters, digits and '-' (got \"" + f.id() + "\")");
        }
        required("$.version", f.version());
        required("$.name", f.name());
        required("$.source", f.source());
        checkScale(f.scale());
        Set<String> levelIds = checkLevels(f.levels());
        checkSections(f, levelIds);
        checkScoring(f, levelIds);
        for (int i = 0; i < f.recommendations().size(); i++) {
            Recommendation r = f.recommendations().get(i);
            String path = "$.recommendations[" + i + "]";
            if (required(path + ".toLevel", r.toLevel()) && !levelIds.contains(r.toLevel())) {
                problem(path + ".toLevel", "refers to unknown level \"" + r.toLevel() + "\"");
            }
            checkActionSections(f, r, path);
        }
    }

    /** Each action's section tags: one list per action, each naming sections of this framework. */
    private void checkActionSections(Framework f, Recommendation r, String path) {
        if (r.actionSections().isEmpty()) {
            return;
        }
        if (r.actionSections().size() != r.actions().size()) {
            problem(
                    path + ".actionSections",
                    "must have one entry per action (" + r.actions().size() + " actions, "
                            + r.actionSections().size() + " entries)");
            return;
        }
        Set<String> sectionIds = new HashSet<>();
        f.sections().forEach(section -> sectionIds.add(section.id()));
        for (int a = 0; a < r.actionSections().size(); a++) {
            List<String> tags = r.actionSections().get(a);
            String tagPath = path + ".actionSections[" + a + "]";
            if (tags == null || tags.isEmpty()) {
                problem(tagPath, "must name at least one section");
                continue;
            }
            for (String tag : tags) {
                if (!sectionIds.contains(tag)) {
                    problem(tagPath, "refers to unknown section \"" + tag + "\"");
                }
            }
        }
    }

    private void checkScale(Scale scale) {
        if (scale == null) {
            problem("$.scale", "is missing");
            return;
        }
        if (scale.min() < 0) {
            problem("$.scale.min", "must be 0 or more (got " + scale.min() + ")");
        }
        if (scale.max() <= scale.min()) {
            problem("$.scale.max", "must be greater than min (got min " + scale.min() + ", max " + scale.max() + ")");
        }
        if (scale.max() > MAX_SCALE_VALUE) {
            problem("$.scale.max", "must be at most " + MAX_SCALE_VALUE + " (got " + scale.max() + ")");
        }
        for (Integer key : scale.labels().keySet()) {
            if (!scale.contains(key)) {
                problem("$.scale.labels." + key, "is outside the scale " + scale.min() + "–" + scale.max());
            }
        }
    }

    private Set<String> checkLevels(List<Level> levels) {
        Set<String> ids = new HashSet<>();
        if (levels.isEmpty()) {
            problem("$.levels", "must list at least one level");
        }
        if (levels.size() > MAX_LEVELS) {
            problem("$.levels", "has " + levels.size() + " levels; at most " + MAX_LEVELS + " are allowed");
        }
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            String path = "$.levels[" + i + "]";
            if (level == null) {
                problem(path, "is null");
                continue;
            }
            if (required(path + ".id", level.id()) && !ids.add(level.id())) {
                problem(path + ".id", "duplicate level id \"" + level.id() + "\"");
            }
            required(path + ".name", level.name());
        }
        return ids;
    }

    private void checkSections(Framework f, Set<String> levelIds) {
        if (f.sections().isEmpty()) {
            problem("$.sections", "must list at least one section");
        }
        if (f.itemCount() > MAX_ITEMS) {
            problem("$.sections", "has " + f.itemCount() + " items; at most " + MAX_ITEMS + " are allowed");
            return;
        }
        Set<String> sectionIds = new HashSet<>();
        Set<String> itemIds = new HashSet<>();
        boolean checklist = f.scoring() != null && f.scoring().method() == ScoringMethod.STAGE_CHECKLIST;
        for (int s = 0; s < f.sections().size(); s++) {
            Section section = f.sections().get(s);
            String path = "$.sections[" + s + "]";
            if (section == null) {
                problem(path, "is null");
                continue;
            }
            if (required(path + ".id", section.id()) && !sectionIds.add(section.id())) {
                problem(path + ".id", "duplicate section id \"" + section.id() + "\"");
            }
            required(path + ".name", section.name());
            if (section.level() != null && !levelIds.contains(section.level())) {
                problem(path + ".level", "refers to unknown level \"" + section.level() + "\"");
            }
            if (section.items().isEmpty()) {
                problem(path + ".items", "must list at least one item");
            }
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                String itemPath = path + ".items[" + i + "]";
                if (item == null) {
                    problem(itemPath, "is null");
                    continue;
                }
                if (required(itemPath + ".id", item.id()) && !itemIds.add(item.id())) {
                    problem(itemPath + ".id", "duplicate item id \"" + item.id() + "\"");
                }
                required(itemPath + ".name", item.name());
                required(itemPath + ".statement", item.statement());
                if (item.level() != null && !levelIds.contains(item.level())) {
                    problem(itemPath + ".level", "refers to unknown level \"" + item.level() + "\"");
                }
                if (checklist && item.level() == null && section.level() == null) {
                    problem(
                            itemPath + ".level",
                            "is missing: a STAGE_CHECKLIST item needs a level (its own or its section's)");
                }
                if (f.scale() != null) {
                    for (Map.Entry<Integer, String> d : item.descriptors().entrySet()) {
                        if (!f.scale().contains(d.getKey())) {
                            problem(
                                    itemPath + ".descriptors." + d.getKey(),
                                    "is outside the scale " + f.scale().min() + "–"
                                            + f.scale().max());
                        }
                    }
                }
            }
        }
    }

    private void checkScoring(Framework f, Set<String> levelIds) {
        Scoring scoring = f.scoring();
        if (scoring == null) {
            problem("$.scoring", "is missing");
            return;
        }
        if (scoring.method() == null) {
            problem("$.scoring.method", "is missing (one of SUM_BANDS, MEAN_LEVEL, STAGE_CHECKLIST)");
            return;
        }
        Scale scale = f.scale();
        switch (scoring.method()) {
            case SUM_BANDS -> {
                if (scale != null) {
                    checkBands(scoring.bands(), levelIds, f.itemCount() * scale.min(), f.itemCount() * scale.max());
                }
            }
            case MEAN_LEVEL -> {
                if (scale != null && f.levels().size() != scale.max() - scale.min() + 1) {
                    problem(
                            "$.levels",
                            "MEAN_LEVEL needs one level per scale value: " + (scale.max() - scale.min() + 1)
                                    + " levels for the scale " + scale.min() + "–" + scale.max() + ", found "
                                    + f.levels().size());
                }
            }
            case STAGE_CHECKLIST -> {
                if (scoring.threshold() == null) {
                    problem("$.scoring.threshold", "is missing: STAGE_CHECKLIST needs the rating that counts as met");
                } else if (scale != null && !scale.contains(scoring.threshold())) {
                    problem("$.scoring.threshold", "must be within the scale " + scale.min() + "–" + scale.max());
                }
                checkEveryStageHasItems(f);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** A stage without characteristics would count as met by nobody's ratings at all: an empty level. */
    private void checkEveryStageHasItems(Framework f) {
        if (f.itemCount() > MAX_ITEMS || f.sections().contains(null)) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (Item item : f.items()) {
            if (item != null) {
                used.add(f.stageOf(item));
            }
        }
        for (int i = 0; i < f.levels().size(); i++) {
            Level level = f.levels().get(i);
            if (level != null && level.id() != null && !used.contains(level.id())) {
                problem(
                        "$.levels[" + i + "]",
                        "stage \"" + level.id() + "\" has no items: STAGE_CHECKLIST needs the"
                                + " characteristics of every stage");
            }
        }
    }

    private void checkBands(List<Band> bands, Set<String> levelIds, int lowest, int highest) {
        if (bands.isEmpty()) {
            problem("$.scoring.bands", "SUM_BANDS needs bands covering " + lowest + "–" + highest);
            return;
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String path = "$.scoring.bands[" + i + "]";
            if (band.min() > band.max()) {
                problem(path, "min " + band.min() + " is greater than max " + band.max());
            }
            if (band.level() == null || !levelIds.contains(band.level())) {
                problem(path + ".level", "refers to unknown level \"" + band.level() + "\"");
            }
        }
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingInt(Band::min));
        if (sorted.get(0).min() > lowest) {
            problem(
                    "$.scoring.bands",
                    "no band covers " + lowest + "–" + (sorted.get(0).min() - 1));
        }
        if (sorted.get(sorted.size() - 1).max() < highest) {
            problem(
                    "$.scoring.bands",
                    "no band covers " + (sorted.get(sorted.size() - 1).max() + 1) + "–" + highest);
        }
        for (int i = 1; i < sorted.size(); i++) {
            Band previous = sorted.get(i - 1);
            Band band = sorted.get(i);
            if (band.min() <= previous.max()) {
                problem(
                        "$.scoring.bands",
                        "band " + band.min() + "–" + band.max() + " overlaps band " + previous.min() + "–"
                                + previous.max());
            } else if (band.min() > previous.max() + 1) {
                problem(
                        "$.scoring.bands",
                        "gap between bands: no band covers " + (previous.max() + 1) + "–" + (band.min() - 1));
            }
        }
    }
}
