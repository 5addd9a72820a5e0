package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Section;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One activity of the worksheet as the table shows it. Read-only properties: edits go through
 * {@link GapWorksheetViewModel} so they land in the assessment and its undo history.
 */
public class GapRowViewModel {

    private final Section section;
    private final Item item;
    private final int order;
    private final ReadOnlyObjectWrapper<Rating> rating = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> gap = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> gapToTarget = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Priority> priority = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Effort> effort = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<InitiativeType> initiative = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper actions = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper owner = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LocalDate> targetDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GapStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper rank = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<List<String>> warnings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<SectionHead> sectionHead;
    private final ReadOnlyObjectWrapper<ActivityLabel> activityLabel;

    GapRowViewModel(Section section, Item item, int order) {
        this.section = section;
        this.item = item;
        this.order = order;
        this.sectionHead = new ReadOnlyObjectWrapper<>(new SectionHead(section.name(), order, true));
        this.activityLabel = new ReadOnlyObjectWrapper<>(new ActivityLabel(item.id(), item.displayName(), "", ""));
    }

    /**
     * The Activity cell's value: the activity's name and, in a follow-up round, "Done since Round 1" when its
     * gap action was completed since the previous round (else ""), with the action that was done; sorts by name.
     */
    public record ActivityLabel(String itemId, String name, String doneSince, String doneAction)
            implements Comparable<ActivityLabel> {
        @Override
        public int compareTo(ActivityLabel other) {
            return name.compareTo(other.name);
        }
    }

    /**
     * The Section cell's value: the section's name, shown only on the first row of a section in the order the
     * table shows; sorts in framework order.
     */
    public record SectionHead(String name, int order, boolean start) implements Comparable<SectionHead> {
        @Override
        public int compareTo(SectionHead other) {
            return Integer.compare(order, other.order);
        }
    }

    /**
     * Marks where sections start in {@code shown} (the table's order after sorting and filtering), so a row
     * and its Section cell restyle through their own properties and the table never needs a full refresh.
     */
    public static void markSectionStarts(List<GapRowViewModel> shown) {
        GapRowViewModel previous = null;
        for (GapRowViewModel row : shown) {
            boolean start = previous == null || !previous.section.id().equals(row.section.id());
            if (row.sectionHead.get().start() != start) {
                row.sectionHead.set(new SectionHead(row.section.name(), row.order, start));
            }
            previous = row;
        }
    }

    void update(GapLine line, List<String> lineWarnings) {
        rating.set(line.rating());
        gap.set(line.gap());
        GapRow row = line.row();
        priority.set(row == null ? null : row.getPriority());
        effort.set(row == null ? null : row.getEffort());
        initiative.set(row == null ? null : row.getInitiative());
        actions.set(row == null ? null : row.getActions());
        owner.set(row == null ? null : row.getOwner());
        targetDate.set(row == null ? null : row.getTargetDate());
        status.set(row == null ? null : row.getStatus());
        rank.set(row == null ? 0 : row.getRank());
        if (!warnings.get().equals(lineWarnings)) {
            warnings.set(List.copyOf(lineWarnings));
        }
    }

    /** "Done since Round 1" when this activity's action was completed since the previous round, else "". */
    void updateDoneSince(String text, String action) {
        ActivityLabel now = new ActivityLabel(item.id(), item.displayName(), text, action == null ? "" : action);
        if (!activityLabel.get().equals(now)) {
            activityLabel.set(now);
        }
    }

    public ReadOnlyObjectProperty<ActivityLabel> activityLabelProperty() {
        return activityLabel.getReadOnlyProperty();
    }

    /** "Done since Round 1", or "" when nothing was completed since the previous round (or there is none). */
    public String doneSince() {
        return activityLabel.get().doneSince();
    }

    /** The workshop's target for this item (its own, else one level up): see {@code Consensus.gapToTarget}. */
    void updateGapToTarget(Integer value) {
        gapToTarget.set(value);
    }

    public ReadOnlyObjectProperty<Integer> gapToTargetProperty() {
        return gapToTarget.getReadOnlyProperty();
    }

    public Integer gapToTarget() {
        return gapToTarget.get();
    }

    public String itemId() {
        return item.id();
    }

    public Item item() {
        return item;
    }

    public Section section() {
        return section;
    }

    public String activity() {
        return item.displayName();
    }
    /** Position in the framework, for "framework order". */
    public int order() {
        return order;
    }

    public ReadOnlyObjectProperty<Rating> ratingProperty() {
        return rating.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> gapProperty() {
        return gap.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Priority> priorityProperty() {
        return priority.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Effort> effortProperty() {
        return effort.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InitiativeType> initiativeProperty() {
        return initiative.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionsProperty() {
        return actions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> targetDateProperty() {
        return targetDate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GapStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rankProperty() {
        return rank.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SectionHead> sectionHeadProperty() {
        return sectionHead.getReadOnlyProperty();
    }
    /** First row of its section in the shown order (see {@link #markSectionStarts}). */
    public boolean sectionStart() {
        return sectionHead.get().start();
    }

    public Rating rating() {
        return rating.get();
    }

    public Integer gap() {
        return gap.get();
    }

    public Priority priority() {
        return priority.get();
    }

    public Effort effort() {
        return effort.get();
    }

    public InitiativeType initiative() {
        return initiative.get();
    }

    public String actions() {
        return actions.get();
    }

    public String owner() {
        return owner.get();
    }

    public LocalDate targetDate() {
        return targetDate.get();
    }

    public GapStatus status() {
        return status.get();
    }

    public int rank() {
        return rank.get();
    }

    public List<String> warnings() {
        return warnings.get();
    }

    @Override
    public String toString() {
        return activity();
    }
}
