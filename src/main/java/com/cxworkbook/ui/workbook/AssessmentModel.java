package com.cxworkbook.ui.workbook;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Evidence;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Scorer;
import com.cxworkbook.ui.edit.EditHistory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * One assessment as the screens see it: observable ratings and a live score. Every screen that shows or
 * changes ratings (grid, form, gap worksheet) goes through the same model, so they stay in step; every
 * change is an undoable edit in the workbook's {@link EditHistory}.
 *
 * <p>One source of truth: the observable maps are views over the {@link Assessment}'s own maps
 * ({@link FXCollections#observableMap}), so nothing is copied or kept in step by hand. The score is a lazy
 * binding on the ratings, invalidated before any other listener hears of a rating change, so whoever reads
 * {@link #result()} while being told of a rating already gets the new score, and a screen that listens to the
 * score alone refreshes once per click.
 *
 * <p>Over 300 lines on purpose: it is the one door through which every screen edits an assessment (rate,
 * notes, evidence, targets, closing a round, keeping previous ratings), each an undoable edit guarded by the
 * same "closed round" check; splitting the doors apart would let screens bypass that check. The gap
 * worksheet's edits already have their own model ({@link GapWorksheetModel}).
 */
public class AssessmentModel {

    private final Assessment assessment;
    private final Framework framework;
    private final EditHistory history;
    private final ObservableMap<String, Rating> ratings;
    // One wrapper for the model's lifetime: the unmodifiable view forwards changes through a weak listener,
    // so a wrapper made per call could be collected and silently drop its listeners.
    private final ObservableMap<String, Rating> readOnlyRatings;
    private final ObservableMap<String, String> notes;
    private final ObservableMap<String, Evidence> evidence;
    private final ObservableMap<String, String> readOnlyNotes;
    private final ObservableMap<String, Evidence> readOnlyEvidence;
    private final ReadOnlyObjectWrapper<ScoreResult> result = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<ScoreResult> score;
    private final GapWorksheetModel gaps;
    private final ReadOnlyLongWrapper participantRevision = new ReadOnlyLongWrapper();
    private final ObservableMap<String, Integer> targets;
    private final ObservableMap<String, Integer> readOnlyTargets;
    private Supplier<List<Participant>> participants = List::of;
    private Supplier<Assessment> previousRound = () -> null;
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    // bumped by the session when a round is added to or removed from a chain: round numbers move then
    private final LongProperty roundsRevision = new SimpleLongProperty();
    private final StringBinding titleWithRound;

    /** @param framework null when the workbook names a framework this app does not have */
    public AssessmentModel(Assessment assessment, Framework framework, EditHistory history) {
        this.assessment = assessment;
        this.framework = framework;
        this.history = history;
        ratings = FXCollections.observableMap(assessment.getRatings());
        readOnlyRatings = FXCollections.unmodifiableObservableMap(ratings);
        notes = FXCollections.observableMap(assessment.getNotes());
        readOnlyNotes = FXCollections.unmodifiableObservableMap(notes);
        evidence = FXCollections.observableMap(assessment.getEvidence());
        readOnlyEvidence = FXCollections.unmodifiableObservableMap(evidence);
        targets = FXCollections.observableMap(assessment.getTargets());
        readOnlyTargets = FXCollections.unmodifiableObservableMap(targets);
        gaps = new GapWorksheetModel(assessment, framework, history);
        // registered before any screen's listener, so the score is stale for no listener of the ratings
        score = Bindings.createObjectBinding(
                () -> framework == null ? null : Scorer.score(framework, assessment), ratings);
        result.bind(score);
        closed.set(assessment.isClosed());
        title.set(titleOf(assessment, framework));
        titleWithRound = Bindings.createStringBinding(this::titleWithRound, title, closed, roundsRevision);
    }

    /** Where the round this one follows up is found (the session looks it up in the workbook live). */
    public void previousRoundFrom(Supplier<Assessment> source) {
        this.previousRound = Objects.requireNonNull(source);
    }

    private Supplier<String> roundLabel = () -> "";

    /** "Round 2 · 2027-05-20" for an assessment with rounds, "" otherwise (the session supplies it live). */
    public void roundLabelFrom(Supplier<String> source) {
        this.roundLabel = Objects.requireNonNull(source);
    }

    public String roundLabel() {
        return roundLabel.get();
    }

    /** The title with its round, for lists and headings where two rounds must be told apart. */
    public String titleWithRound() {
        String round = roundLabel();
        return round.isEmpty() ? title() : title() + " — " + round + (isClosed() ? " (closed)" : "");
    }

    private Supplier<String> previousRoundName = () -> "";

    /** "Round 1" for the round this one follows up, "" for a baseline (the session supplies it live). */
    public void previousRoundNameFrom(Supplier<String> source) {
        this.previousRoundName = Objects.requireNonNull(source);
    }

    public String previousRoundName() {
        return previousRoundName.get();
    }

    /** The round this assessment follows up; null for a baseline. */
    public Assessment previousRound() {
        return previousRound.get();
    }

    /** The rating this item had in the previous round (shown as a marker), null when none. */
    public Rating previousRating(String itemId) {
        Assessment previous = previousRound.get();
        return previous == null ? null : previous.getRatings().get(itemId);
    }

    /**
     * "Keep previous": every listed item not yet rated in this round takes its previous round's rating, as
     * one undoable edit. Returns how many items were rated.
     */
    public int keepPrevious(Collection<String> itemIds) {
        int[] kept = {0};
        history.group("keep previous ratings", () -> {
            for (String itemId : itemIds) {
                Rating before = previousRating(itemId);
                if (before != null && ratings.get(itemId) == null) {
                    rate(itemId, before);
                    kept[0]++;
                }
            }
        });
        return kept[0];
    }

    /** A closed round (a baseline whose follow-up has started) refuses every edit until it is reopened. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Closes (read-only) or reopens the round as an undoable edit. */
    public void setClosed(boolean close) {
        boolean before = assessment.isClosed();
        if (before == close) {
            return;
        }
        history.perform((close ? "close " : "reopen ") + title(), () -> applyClosed(close), () -> applyClosed(before));
    }

    private void applyClosed(boolean close) {
        assessment.setClosed(close);
        closed.set(close);
    }

    /** Rates an item (null clears it) as one undoable edit; no edit when nothing changes. */
    public void rate(String itemId, Rating rating) {
        Rating before = ratings.get(itemId);
        if (Objects.equals(before, rating) || isClosed()) {
            return;
        }
        String name = itemName(itemId);
        String what = rating == null ? "clear rating of " + name : "rate " + name + " " + rating;
        history.perform(what, () -> apply(itemId, rating), () -> apply(itemId, before));
    }

    /** One participant's own rating of an item (null clears it), as an undoable edit. */
    public void rateAs(String participantId, String itemId, Rating rating) {
        Map<String, Rating> own = assessment.getParticipantRatings().get(participantId);
        Rating before = own == null ? null : own.get(itemId);
        if (Objects.equals(before, rating) || isClosed()) {
            return;
        }
        history.perform(
                "participant rating",
                () -> applyAs(participantId, itemId, rating),
                () -> applyAs(participantId, itemId, before));
    }

    private void applyAs(String participantId, String itemId, Rating rating) {
        assessment.rateAs(participantId, itemId, rating);
        participantRevision.set(participantRevision.get() + 1);
    }

    /** Changes whenever any participant's rating changes, so spread displays can refresh. */
    public ReadOnlyLongProperty participantRevisionProperty() {
        return participantRevision.getReadOnlyProperty();
    }

    /** The workbook's participants, read live (the details dialog may add, rename or remove people). */
    public void participantsFrom(Supplier<List<Participant>> source) {
        this.participants = Objects.requireNonNull(source);
    }

    public List<Participant> participants() {
        return participants.get();
    }

    /** Someone joined, left or changed group: spread displays recompute as if a rating had changed. */
    void participantsChanged() {
        participantRevision.set(participantRevision.get() + 1);
    }

    /** Sets (a scale value) or clears (null) an item's own target as one undoable edit; no edit when nothing changes. */
    public void setTarget(String itemId, Integer target) {
        Integer before = targets.get(itemId);
        if (Objects.equals(before, target) || isClosed()) {
            return;
        }
        String what = target == null
                ? "clear target of " + itemName(itemId)
                : "set target of " + itemName(itemId) + " to " + target;
        history.perform(what, () -> put(targets, itemId, target), () -> put(targets, itemId, before));
    }

    /** Read-only view for binding: the items' own targets; change them through {@link #setTarget}. */
    public ObservableMap<String, Integer> targets() {
        return readOnlyTargets;
    }

    private void apply(String itemId, Rating rating) {
        put(ratings, itemId, rating);
    }

    /** Sets an item's note (blank removes it) as one undoable edit; no edit when nothing changes. */
    public void setNote(String itemId, String text) {
        String after = text == null || text.isBlank() ? null : text;
        String before = notes.get(itemId);
        if (Objects.equals(before, after) || isClosed()) {
            return;
        }
        history.perform(
                "edit note of " + itemName(itemId), () -> put(notes, itemId, after), () -> put(notes, itemId, before));
    }

    /** Sets an item's evidence (null or blank removes it) as one undoable edit; no edit when nothing changes. */
    public void setEvidence(String itemId, Evidence value) {
        Evidence after = value == null || value.blank() ? null : value;
        Evidence before = evidence.get(itemId);
        if (Objects.equals(before, after) || isClosed()) {
            return;
        }
        history.perform(
                "edit evidence of " + itemName(itemId),
                () -> put(evidence, itemId, after),
                () -> put(evidence, itemId, before));
    }

    /** Writes through the observable view into the assessment's map; null removes the key. */
    private static <V> void put(ObservableMap<String, V> map, String key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private String itemName(String itemId) {
        return framework == null
                ? itemId
                : framework.item(itemId).map(Item::displayName).orElse(itemId);
    }

    public Rating rating(String itemId) {
        return ratings.get(itemId);
    }

    public String title() {
        return title.get();
    }

    /** The title every screen shows (the framework's name until the assessment is renamed). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** {@link #titleWithRound()} as it changes: renamed, closed, or its chain's rounds renumbered. */
    public ObservableValue<String> titleWithRoundProperty() {
        return titleWithRound;
    }

    /**
     * Renames the assessment as one undoable edit; surrounding spaces are dropped. Returns false (and
     * changes nothing) for a blank title or the title it already has. A closed round can be renamed: the
     * title labels the round, it is not something the room assessed.
     */
    public boolean rename(String newTitle) {
        String after = newTitle == null ? "" : newTitle.strip();
        if (after.isEmpty() || after.equals(title())) {
            return false;
        }
        String before = assessment.getTitle();
        history.perform("rename " + title() + " to " + after, () -> applyTitle(after), () -> applyTitle(before));
        return true;
    }

    private void applyTitle(String newTitle) {
        assessment.setTitle(newTitle);
        title.set(titleOf(assessment, framework));
    }

    /** The chain's rounds changed (one added or deleted): the round label is read again. */
    void roundsChanged() {
        roundsRevision.set(roundsRevision.get() + 1);
    }

    private static String titleOf(Assessment assessment, Framework framework) {
        if (assessment.getTitle() != null && !assessment.getTitle().isBlank()) {
            return assessment.getTitle();
        }
        return framework == null ? "Unknown framework " + assessment.getFrameworkId() : framework.name();
    }

    public Assessment assessment() {
        return assessment;
    }

    public Framework framework() {
        return framework;
    }

    public EditHistory history() {
        return history;
    }
    /** The gap worksheet rows; edits share this assessment's undo history. */
    public GapWorksheetModel gaps() {
        return gaps;
    }
    /** Read-only view for binding: change ratings through {@link #rate}. */
    public ObservableMap<String, Rating> ratings() {
        return readOnlyRatings;
    }

    public String note(String itemId) {
        return notes.get(itemId);
    }

    public Evidence evidence(String itemId) {
        return evidence.get(itemId);
    }
    /** Read-only view for binding: change notes through {@link #setNote}. */
    public ObservableMap<String, String> notes() {
        return readOnlyNotes;
    }
    /** Read-only view for binding: change evidence through {@link #setEvidence}. */
    public ObservableMap<String, Evidence> evidence() {
        return readOnlyEvidence;
    }

    public ReadOnlyObjectProperty<ScoreResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ScoreResult result() {
        return result.get();
    }
}
