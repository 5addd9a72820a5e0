package com.cxworkbook.ui.workshop;

import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.ItemSpread;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Section;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;

/**
 * Facilitation mode on the projector: one item at a time with its level descriptors, the room's ratings
 * hidden until revealed (and revealable only once everyone has entered, unless the facilitator forces it),
 * an optional countdown, and the agreed rating set with one key.
 */
public class FacilitationViewModel {

    /** What one level/value of the current item looks like on screen. */
    public record Choice(int value, String label, String descriptor) {}

    private final AssessmentModel model;
    private final List<Participant> participants;
    private final List<Item> items;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sectionName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper responses = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper everyoneEntered = new ReadOnlyBooleanWrapper();
    private final BooleanProperty revealed = new SimpleBooleanProperty();
    private final BooleanProperty anonymous = new SimpleBooleanProperty(this, "anonymous", true);
    private final ReadOnlyObjectWrapper<ItemSpread> spread = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rating> agreed = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty timerSeconds = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper timeUp = new ReadOnlyBooleanWrapper();
    /** The end-of-workshop view: the result as a radar and stage ladder, for the room to see. */
    private final BooleanProperty showingResult = new SimpleBooleanProperty();

    private final ChangeListener<Number> onRevision = (obs, old, now) -> refresh();
    private final MapChangeListener<String, Rating> onRatings = change -> refresh();
    private final ChangeListener<Object> onResult = (obs, old, now) -> showResult();

    public FacilitationViewModel(AssessmentModel model, List<Participant> participants) {
        this.model = model;
        this.participants = List.copyOf(participants);
        this.items = model.framework().items();
        // Weak: the assessment outlives this window; a closed facilitation window must not stay reachable
        // from it (and keep refreshing) until the workbook is closed.
        model.participantRevisionProperty().addListener(new WeakChangeListener<>(onRevision));
        model.ratings().addListener(new WeakMapChangeListener<>(onRatings));
        // the room's result as it stands: a "so far" and its range until every item is answered
        model.resultProperty().addListener(new WeakChangeListener<>(onResult));
        showResult();
        go(0);
    }

    /** The next item; after the last one, the end-of-workshop result. */
    public void next() {
        if (index.get() == items.size() - 1) {
            showingResult.set(true);
        } else {
            go(index.get() + 1);
        }
    }

    /** The previous item; from the result, back to the item the room was on. */
    public void previous() {
        if (showingResult.get()) {
            showingResult.set(false);
        } else {
            go(index.get() - 1);
        }
    }

    /** Leaves the result for the first item of a section (a click on the result's radar). */
    public void goToSection(String sectionId) {
        for (int i = 0; i < items.size(); i++) {
            if (model.framework()
                    .sectionOf(items.get(i).id())
                    .map(Section::id)
                    .filter(sectionId::equals)
                    .isPresent()) {
                showingResult.set(false);
                go(i);
                return;
            }
        }
    }

    public void go(int newIndex) {
        if (newIndex < 0 || newIndex >= items.size() || newIndex == index.get()) {
            return;
        }
        index.set(newIndex);
        revealed.set(false);
        secondsLeft.set(timerSeconds.get());
        timeUp.set(false);
        refresh();
    }

    private void showResult() {
        resultText.set(model.result() == null ? "" : "Result: " + model.result().summaryText());
    }

    private void refresh() {
        Item current = items.get(index.get());
        Framework framework = model.framework();
        item.set(current);
        position.set((index.get() + 1) + " of " + items.size());
        sectionName.set(framework.sectionOf(current.id()).map(Section::name).orElse(""));
        ItemSpread itemSpread = Consensus.spread(framework, model.assessment(), participants, current.id());
        spread.set(itemSpread);
        int entered = itemSpread.values().size() + itemSpread.notApplicable();
        everyoneEntered.set(!participants.isEmpty() && entered >= participants.size());
        responses.set(
                participants.isEmpty()
                        ? "No participants in this workbook"
                        : entered + " of " + participants.size() + " have entered a rating");
        agreed.set(model.rating(current.id()));
    }

    /** Reveals the room's ratings; refused (false) while someone has not entered theirs, unless forced. */
    public boolean reveal(boolean force) {
        if (!force && !everyoneEntered.get()) {
            return false;
        }
        revealed.set(true);
        return true;
    }

    /** Sets the agreed rating of the current item (undoable, shared with the grid). */
    public void agree(Rating rating) {
        model.rate(item.get().id(), rating);
    }

    /** Proposes the room's median as the agreed rating. */
    public void agreeMedian() {
        Rating median = spread.get().suggestedRating();
        if (median != null) {
            agree(median);
        }
    }

    /** One second of the countdown; the view's timeline calls this so the logic stays testable. */
    public void tick() {
        if (secondsLeft.get() > 0) {
            secondsLeft.set(secondsLeft.get() - 1);
            timeUp.set(secondsLeft.get() == 0);
        }
    }

    public List<Choice> choices() {
        Framework framework = model.framework();
        List<Choice> choices = new ArrayList<>();
        for (int value : framework.scale().values()) {
            String descriptor = item.get().descriptor(value);
            choices.add(new Choice(value, framework.scale().label(value), descriptor == null ? "" : descriptor));
        }
        return choices;
    }

    /** Each participant with their rating of the current item, for the reveal (null = not entered). */
    /**
     * The reveal without names, for a projector the whole room reads: one line per scale value with a dot per
     * participant who chose it and the count ("3  ●●●  3"), then N/A and "not entered" counts.
     */
    public List<String> anonymousCounts() {
        List<String> lines = new ArrayList<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        int na = 0;
        int missing = 0;
        for (Participant participant : participants) {
            Map<String, Rating> own = model.assessment().getParticipantRatings().get(participant.getId());
            Rating rating = own == null ? null : own.get(item.get().id());
            if (rating == null) {
                missing++;
            } else if (rating.isNotApplicable()) {
                na++;
            } else {
                counts.merge(rating.value(), 1, Integer::sum);
            }
        }
        for (int value : model.framework().scale().values()) {
            int n = counts.getOrDefault(value, 0);
            lines.add(value + "   " + (n == 0 ? "–" : "●".repeat(n) + "   " + n));
        }
        if (na > 0) {
            lines.add("N/A   " + na);
        }
        if (missing > 0) {
            lines.add("Not entered   " + missing);
        }
        return lines;
    }

    /** Whether the reveal hides who rated what (dots and counts only). */
    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    public List<String> revealedRatings() {
        List<String> lines = new ArrayList<>();
        for (Participant participant : participants) {
            Map<String, Rating> own = model.assessment().getParticipantRatings().get(participant.getId());
            Rating rating = own == null ? null : own.get(item.get().id());
            lines.add(
                    participant.getName() + " (" + participant.groupOrRole() + "): " + (rating == null ? "—" : rating));
        }
        return lines;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sectionNameProperty() {
        return sectionName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty responsesProperty() {
        return responses.getReadOnlyProperty();
    }
    /** "Result: 12 so far from 4 of 20 · final 28–92 · stage …", or "Result: 53 / 100 · Customer-Aware". */
    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty everyoneEnteredProperty() {
        return everyoneEntered.getReadOnlyProperty();
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public ReadOnlyObjectProperty<ItemSpread> spreadProperty() {
        return spread.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Rating> agreedProperty() {
        return agreed.getReadOnlyProperty();
    }
    /** Countdown length per item in seconds; 0 turns the timer off. */
    public IntegerProperty timerSecondsProperty() {
        return timerSeconds;
    }

    public BooleanProperty showingResultProperty() {
        return showingResult;
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timeUpProperty() {
        return timeUp.getReadOnlyProperty();
    }

    public int itemCount() {
        return items.size();
    }

    public AssessmentModel model() {
        return model;
    }
}
