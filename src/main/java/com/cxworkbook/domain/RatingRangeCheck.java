package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds ratings and targets outside their framework's scale (a hand-edited 0, 6 or 99 on a 1–5 scale). The
 * app opens such a workbook with these listed (the values stay in the file; scores treat them as unrated);
 * the export refuses it, because its sheet would show them as "not rated" without a word.
 */
public final class RatingRangeCheck {

    /** At most this many problems are listed; the count says how many there are in all. */
    static final int LISTED = 5;

    private RatingRangeCheck() {}

    /** One entry per value out of range: its JSON path and the value, e.g. "$.assessments[0].ratings.x is 99". */
    public static List<String> problems(Workbook workbook, Function<String, Optional<Framework>> frameworks) {
        List<String> problems = new ArrayList<>();
        List<Assessment> assessments = workbook.getAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment assessment = assessments.get(i);
            Optional<Framework> framework = frameworks.apply(assessment.getFrameworkId());
            if (framework.isEmpty()) {
                continue;
            }
            Scale scale = framework.get().scale();
            String path = "$.assessments[" + i + "]";
            ratings(assessment.getRatings(), scale, path + ".ratings", problems);
            for (Map.Entry<String, Map<String, Rating>> own :
                    assessment.getParticipantRatings().entrySet()) {
                ratings(own.getValue(), scale, path + ".participantRatings." + own.getKey(), problems);
            }
            for (Map.Entry<String, Integer> target : assessment.getTargets().entrySet()) {
                if (target.getValue() < scale.min() || target.getValue() > scale.max()) {
                    problems.add(path + ".targets." + target.getKey() + " is " + target.getValue());
                }
            }
        }
        return problems;
    }

    private static void ratings(Map<String, Rating> ratings, Scale scale, String path, List<String> problems) {
        for (Map.Entry<String, Rating> rating : ratings.entrySet()) {
            Rating value = rating.getValue();
            if (value != null
                    && !value.isNotApplicable()
                    && (value.value() < scale.min() || value.value() > scale.max())) {
                problems.add(path + "." + rating.getKey() + " is " + value.value());
            } else if (value != null && value.isNotApplicable() && !scale.allowNotApplicable()) {
                problems.add(path + "." + rating.getKey() + " is NA, which this framework does not allow");
            }
        }
    }

    /** One sentence for a dialog or the command line, listing the first few. */
    public static String describe(List<String> problems) {
        String listed = String.join(
                "; ",
                (problems.size() > LISTED ? problems.subList(0, LISTED) : problems)
                        .stream()
                                .map(p -> p.length() > 120 ? p.substring(0, 119) + "…" : p)
                                .toList());
        return problems.size() + (problems.size() == 1 ? " value is" : " values are")
                + " outside the framework's scale (" + listed + (problems.size() > LISTED ? "; …" : "")
                + "). They are kept in the file but count as not rated.";
    }
}
