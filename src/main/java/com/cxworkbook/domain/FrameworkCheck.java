package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares each assessment of an opened workbook with the frameworks this app has. Nothing is migrated
 * silently: ratings stay keyed by item id, items that disappeared keep their data (and are saved back), and
 * the user gets a {@link FrameworkNotice} per assessment whose framework is missing or changed.
 */
public final class FrameworkCheck {

    private FrameworkCheck() {}

    public static List<FrameworkNotice> check(Workbook workbook, Function<String, Optional<Framework>> frameworks) {
        List<FrameworkNotice> notices = new ArrayList<>();
        for (Assessment assessment : workbook.getAssessments()) {
            Optional<Framework> framework = frameworks.apply(assessment.getFrameworkId());
            String title =
                    assessment.getTitle() == null || assessment.getTitle().isBlank()
                            ? framework.map(Framework::name).orElse(assessment.getFrameworkId())
                            : assessment.getTitle();
            if (framework.isEmpty()) {
                notices.add(new FrameworkNotice(
                        title,
                        assessment.getFrameworkId(),
                        assessment.getFrameworkVersion(),
                        null,
                        List.of(),
                        List.of(),
                        List.of()));
                continue;
            }
            compare(assessment, framework.get(), title).ifPresent(notices::add);
        }
        return notices;
    }

    private static Optional<FrameworkNotice> compare(Assessment assessment, Framework framework, String title) {
        Map<String, String> recorded = assessment.getFrameworkItems();
        List<String> added = new ArrayList<>();
        List<String> reworded = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        for (Item item : framework.items()) {
            current.add(item.id());
            if (recorded.isEmpty()) {
                continue;
            }
            String before = recorded.get(item.id());
            if (before == null) {
                added.add(item.id());
            } else if (!before.equals(ItemFingerprint.of(item))) {
                reworded.add(item.id());
            }
        }
        List<String> removed = new ArrayList<>();
        for (String id : idsWithData(assessment)) {
            if (!current.contains(id)) {
                removed.add(id);
            }
        }
        for (String id : recorded.keySet()) {
            if (!current.contains(id) && !removed.contains(id)) {
                removed.add(id);
            }
        }
        boolean sameVersion = Objects.equals(assessment.getFrameworkVersion(), framework.version());
        if (recorded.isEmpty() && sameVersion && removed.isEmpty()) {
            // A file from before fingerprints existed, rated on this very version: record the wording now.
            assessment.recordItems(framework);
            return Optional.empty();
        }
        if (sameVersion && added.isEmpty() && removed.isEmpty() && reworded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrameworkNotice(
                title,
                framework.id(),
                assessment.getFrameworkVersion(),
                framework.version(),
                added,
                removed,
                reworded));
    }

    /** Every item id the assessment holds anything for, in a stable order. */
    private static Set<String> idsWithData(Assessment assessment) {
        Set<String> ids = new LinkedHashSet<>(assessment.getRatings().keySet());
        ids.addAll(assessment.getNotes().keySet());
        ids.addAll(assessment.getEvidence().keySet());
        ids.addAll(assessment.getTargets().keySet());
        assessment.getParticipantRatings().values().forEach(r -> ids.addAll(r.keySet()));
        assessment.getGapRows().forEach(row -> ids.add(row.getItemId()));
        ids.remove(null);
        return ids;
    }
}
