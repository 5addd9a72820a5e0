package com.cxworkbook.ui.workshop;

import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/**
 * "Pass the laptop round": one participant at a time rates every item without seeing anyone else's
 * answers. Only the chosen participant's own ratings are ever exposed here.
 */
public class PrivateEntryViewModel {

    private final AssessmentModel model;
    private final List<Participant> participants;
    private final ObjectProperty<Participant> participant = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");

    private final ChangeListener<Number> onRevision = (obs, old, now) -> updateProgress();

    public PrivateEntryViewModel(AssessmentModel model, List<Participant> participants) {
        this.model = model;
        this.participants = List.copyOf(participants);
        participant.addListener((obs, old, p) -> updateProgress());
        // Weak, so a closed private-entry window is not kept alive by the assessment it rated
        model.participantRevisionProperty().addListener(new WeakChangeListener<>(onRevision));
    }

    public List<Participant> participants() {
        return participants;
    }

    public List<Item> items() {
        return model.framework().items();
    }

    /** The current participant's own rating of an item; null when none is chosen or not rated. */
    public Rating ownRating(String itemId) {
        Participant p = participant.get();
        if (p == null) {
            return null;
        }
        Map<String, Rating> own = model.assessment().getParticipantRatings().get(p.getId());
        return own == null ? null : own.get(itemId);
    }

    public void rate(String itemId, Rating rating) {
        Participant p = participant.get();
        if (p == null) {
            throw new IllegalStateException("Choose who is entering ratings first");
        }
        model.rateAs(p.getId(), itemId, rating);
    }

    /** Ends this participant's turn: nothing of theirs stays on screen for the next person. */
    public void handBack() {
        participant.set(null);
    }

    private void updateProgress() {
        Participant p = participant.get();
        if (p == null) {
            progress.set("Choose your name to start");
            return;
        }
        long rated = items().stream().filter(i -> ownRating(i.id()) != null).count();
        progress.set(p.getName() + ": " + rated + " of " + items().size() + " rated");
    }

    public ObjectProperty<Participant> participantProperty() {
        return participant;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public AssessmentModel model() {
        return model;
    }
}
