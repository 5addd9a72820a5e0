package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.ItemScore;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Recommendation;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.SectionResult;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live result beside the grid: score, stage, progress, N/A count, a bar per section, the current
 * stage's description and what to do to reach the next one. Recomputed from {@link ScoreResult} whenever
 * the assessment's result changes.
 */
public class ResultViewModel {

    /** One bar of the section chart: {@code fraction} is 0..1 of the bar's full length. */
    public record Bar(String name, double fraction, String valueText) {}

    /** One labelled paragraph of a stage description (ICMI: People, Process, Technology, Key metrics). */
    public record Detail(String label, String text) {}

    private final AssessmentModel model;
    private final Framework framework;
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper naCount = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper stageTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper stageSummary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper nextTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObservableList<Detail> stageDetails = FXCollections.observableArrayList();
    private final ObservableList<String> nextActions = FXCollections.observableArrayList();
    private final BooleanProperty explanationShown = new SimpleBooleanProperty(false);

    private final ChangeListener<ScoreResult> onResult = (obs, old, result) -> update(result);

    public ResultViewModel(AssessmentModel model) {
        this.model = model;
        this.framework = model.framework();
        // Weak: the model lives as long as the workbook, this view-model only as long as its screen
        model.resultProperty().addListener(new WeakChangeListener<>(onResult));
        update(model.result());
    }

    private void update(ScoreResult result) {
        if (result == null) {
            return;
        }
        score.set(result.scoreText());
        stage.set(result.levelText());
        String rated = (result.rated() + result.notApplicable()) + " of " + result.itemCount() + " rated";
        // while partial the score is a "so far": say where the final score can still land
        progress.set(
                result.isPartial() && result.method() != ScoringMethod.STAGE_CHECKLIST
                        ? rated + " · final " + result.rangeText()
                        : rated);
        naCount.set(result.notApplicable() + " N/A");
        // Built only while shown: it lists every rating, and nobody reads it on most clicks
        explanation.set(explanationShown.get() ? explain(result) : "");
        updateBars(result);
        updateStage(result);
        updateNext(result);
    }

    private String explain(ScoreResult result) {
        List<String> lines = new ArrayList<>(result.explanation());
        List<String> used = new ArrayList<>();
        for (ItemScore itemScore : result.items()) {
            if (itemScore.rating() != null) {
                used.add(itemScore.item().displayName() + " " + itemScore.rating());
            }
        }
        if (!used.isEmpty()) {
            lines.add("Ratings: " + String.join(", ", used) + ".");
        }
        return String.join("\n", lines);
    }

    private void updateBars(ScoreResult result) {
        List<Bar> next = new ArrayList<>();
        for (SectionResult section : result.sections()) {
            next.add(result.method() == ScoringMethod.STAGE_CHECKLIST ? metBar(section) : meanBar(section));
        }
        if (!next.equals(bars)) {
            bars.setAll(next);
        }
    }

    private static Bar metBar(SectionResult section) {
        int applicable = section.itemCount() - section.notApplicable();
        double fraction = applicable == 0 ? 0 : (double) section.met() / applicable;
        int unrated = applicable - section.rated();
        return new Bar(
                section.section().name(),
                fraction,
                section.met() + " of " + applicable + (section.met() == 1 ? " describes" : " describe") + " you"
                        + (unrated > 0 ? " (" + unrated + " not rated)" : ""));
    }

    /** "Stage 3: 3 of 3 describe you; Stage 4: 1 of 3": the stage reached and the next, as the rule reads them. */
    static String fitText(ScoreResult result) {
        List<SectionResult> sections = result.sections();
        int reached = (int) Math.round(result.score()) - 1;
        List<String> parts = new ArrayList<>();
        for (int i = reached; i <= reached + 1 && i < sections.size(); i++) {
            if (i < 0) {
                continue;
            }
            SectionResult section = sections.get(i);
            int applicable = section.itemCount() - section.notApplicable();
            parts.add("Stage " + (i + 1) + ": " + section.met() + " of " + applicable
                    + (parts.isEmpty() ? (section.met() == 1 ? " describes" : " describe") + " you" : ""));
        }
        return String.join("; ", parts);
    }

    private Bar meanBar(SectionResult section) {
        if (section.mean() == null) {
            return new Bar(section.section().name(), 0, "not rated");
        }
        int max = framework.scale().max();
        return new Bar(
                section.section().name(),
                section.mean() / max,
                String.format(Locale.ROOT, "%.1f of %d", section.mean(), max));
    }

    private void updateStage(ScoreResult result) {
        Level level = result.level();
        if (level == null) {
            stageTitle.set("No stage yet");
            stageSummary.set("Rate items to see where the client stands.");
            stageDetails.clear();
            return;
        }
        String title = result.isProvisional()
                ? "Stage so far: " + level.name() + " (can still reach "
                        + result.range().highLevel().name() + ")"
                : "Current stage: " + level.name();
        boolean stageModel = result.method() == ScoringMethod.STAGE_CHECKLIST
                && framework.sections().size() == framework.levels().size();
        stageTitle.set(title);
        stageSummary.set(stageModel ? fitText(result) + ". " + level.summary() : level.summary());
        // Lists are replaced only when they differ: most clicks leave the stage as it was
        List<Detail> details = new ArrayList<>();
        for (Map.Entry<String, String> entry : level.details().entrySet()) {
            details.add(new Detail(entry.getKey(), entry.getValue()));
        }
        if (!details.equals(stageDetails)) {
            stageDetails.setAll(details);
        }
    }

    private void updateNext(ScoreResult result) {
        Optional<Level> next = result.level() == null ? Optional.empty() : framework.nextLevel(result.level());
        if (result.level() == null) {
            nextTitle.set("");
            nextText.set("");
            nextActions.clear();
            return;
        }
        if (next.isEmpty()) {
            nextTitle.set("Top stage reached");
            nextText.set("Keep the practices that got the client here.");
            nextActions.clear();
            return;
        }
        Level level = next.get();
        Optional<Recommendation> recommendation = framework.recommendationTo(level.id());
        nextTitle.set(recommendation
                .map(Recommendation::title)
                .filter(t -> t != null && !t.isBlank())
                .orElse("Next stage: " + level.name()));
        List<String> actions =
                new ArrayList<>(recommendation.map(Recommendation::actions).orElse(List.of()));
        String text = recommendation.map(Recommendation::text).orElse("");
        if (actions.isEmpty() && result.method() == ScoringMethod.STAGE_CHECKLIST) {
            // Stage models carry no advice: the next stage's characteristics that do not describe the client
            // yet are the next steps
            for (Item item : result.nextSteps()) {
                actions.add("Does not describe you yet: " + item.displayName());
            }
        }
        if (actions.isEmpty() && text.isBlank()) {
            text = level.summary();
        }
        nextText.set(text);
        if (!actions.equals(nextActions)) {
            nextActions.setAll(actions);
        }
    }

    public void toggleExplanation() {
        explanationShown.set(!explanationShown.get());
        ScoreResult result = model.result();
        explanation.set(explanationShown.get() && result != null ? explain(result) : "");
    }

    public AssessmentModel model() {
        return model;
    }

    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty naCountProperty() {
        return naCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageTitleProperty() {
        return stageTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageSummaryProperty() {
        return stageSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextTitleProperty() {
        return nextTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    public ObservableList<Detail> stageDetails() {
        return stageDetails;
    }

    public ObservableList<String> nextActions() {
        return nextActions;
    }

    public BooleanProperty explanationShownProperty() {
        return explanationShown;
    }
}
