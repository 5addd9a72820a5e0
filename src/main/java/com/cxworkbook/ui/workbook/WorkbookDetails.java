package com.cxworkbook.ui.workbook;

import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Workbook;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable details of a workbook as one value, so an edit of several fields is one undo step.
 *
 * @param participants in order; {@code id} null for someone added in this edit
 */
public record WorkbookDetails(String client, String facilitator, LocalDate date, List<Person> participants) {

    /** A participant as the details form shows them; the id links back to their ratings. */
    public record Person(String id, String name, String role, String group) {

        /** Someone without a group: perception gaps group them by role. */
        public Person(String id, String name, String role) {
            this(id, name, role, null);
        }
    }

    public WorkbookDetails {
        participants = List.copyOf(participants);
    }

    public static WorkbookDetails of(Workbook workbook) {
        return new WorkbookDetails(
                workbook.getClient(),
                workbook.getFacilitator(),
                workbook.getDate(),
                workbook.getParticipants().stream()
                        .map(p -> new Person(p.getId(), p.getName(), p.getRole(), p.getGroup()))
                        .toList());
    }

    /** Participants with their names, as {@link Participant}s, reusing existing ones so their other data stays. */
    List<Participant> participantsFor(List<Participant> existing) {
        return participants.stream()
                .map(person -> {
                    Participant participant = existing.stream()
                            .filter(p -> p.getId() != null && p.getId().equals(person.id()))
                            .findFirst()
                            .orElseGet(Participant::new);
                    return participant;
                })
                .toList();
    }
}
