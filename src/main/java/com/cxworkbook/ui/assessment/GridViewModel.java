package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Section;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the rating grid shows and does, without Nodes: its rows (items grouped by section, or by stage for
 * checklist frameworks), the text of every cell, which item has the focus, and what a click or a key does.
 * Every change goes through {@link AssessmentModel#rate} so it is undoable and every screen stays in step.
 */
public class GridViewModel {

    /** Value grid: items down, scale values across. Stage checklist: stages across, their items inside. */
    public enum Layout {
        VALUE_GRID,
        STAGE_CHECKLIST
    }

    /** A block of rows: a section of a value grid, or a stage column of a checklist. */
    public record Group(String id, String title, String description, List<Item> items) {}

    private final AssessmentModel model;
    private final Framework framework;
    private final Scale scale;
    private final Layout layout;
    private final List<Group> groups;
    private final List<Item> items;
    private final ObjectProperty<Item> focusedItem = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");

    public GridViewModel(AssessmentModel model) {
        Objects.requireNonNull(model.framework(), "the grid needs a known framework");
        this.model = model;
        this.framework = model.framework();
        this.scale = framework.scale();
        this.layout = framework.scoring().method() == ScoringMethod.STAGE_CHECKLIST
                ? Layout.STAGE_CHECKLIST
                : Layout.VALUE_GRID;
        this.groups = layout == Layout.STAGE_CHECKLIST ? stageGroups(framework) : sectionGroups(framework);
        this.items = groups.stream().flatMap(g -> g.items().stream()).toList();
        focusedItem.addListener((obs, old, item) -> position.set(positionText(item)));
        if (!items.isEmpty()) {
            focusedItem.set(items.get(0));
        }
    }

    /** "Item 7 of 20": where the current item is, for the room and the facilitator. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    private String positionText(Item item) {
        int index = items.indexOf(item);
        return index < 0 ? "" : "Item " + (index + 1) + " of " + items.size();
    }

    private static List<Group> sectionGroups(Framework framework) {
        List<Group> groups = new ArrayList<>();
        for (Section section : framework.sections()) {
            // A dimension holding one item of the same name (Astute) needs no heading of its own
            boolean redundant =
                    section.items().size() == 1 && section.items().get(0).name().equals(section.name());
            groups.add(new Group(
                    section.id(),
                    redundant ? "" : section.name(),
                    section.description() == null ? "" : section.description(),
                    section.items()));
        }
        return List.copyOf(groups);
    }

    private static List<Group> stageGroups(Framework framework) {
        List<Group> groups = new ArrayList<>();
        for (Level level : framework.levels()) {
            List<Item> inStage = framework.items().stream()
                    .filter(item -> level.id().equals(framework.stageOf(item)))
                    .toList();
            // The section naming the stage ("Stage 1 (Chaotic)") reads better than the bare level name
            String title = framework.sections().stream()
                    .filter(s -> level.id().equals(s.level()))
                    .map(Section::name)
                    .findFirst()
                    .orElse(level.name());
            groups.add(new Group(level.id(), title, level.summary(), inStage));
        }
        return List.copyOf(groups);
    }

    public Layout layout() {
        return layout;
    }

    public List<Group> groups() {
        return groups;
    }
    /** Every item in the order Up/Down moves through them. */
    public List<Item> items() {
        return items;
    }

    public List<Integer> values() {
        return scale.values();
    }

    public Framework framework() {
        return framework;
    }

    public AssessmentModel model() {
        return model;
    }

    public ObjectProperty<Item> focusedItemProperty() {
        return focusedItem;
    }

    public Item focusedItem() {
        return focusedItem.get();
    }

    /** True when the framework describes what each value looks like (Astute, CXMM): cells show that text. */
    public boolean hasDescriptors() {
        return framework.items().stream().anyMatch(item -> !item.descriptors().isEmpty());
    }

    /** A 0/1 checklist (salesEQUITY): a characteristic describes the client (1) or does not (0). */
    public boolean isTickList() {
        return layout == Layout.STAGE_CHECKLIST && scale.min() == 0 && scale.max() == 1;
    }

    /** The rating at or above which a checklist item counts as met; null for other methods. */
    public Integer threshold() {
        return layout == Layout.STAGE_CHECKLIST ? framework.scoring().threshold() : null;
    }

    public boolean allowsNotApplicable() {
        return scale.allowNotApplicable();
    }

    /** "1 No progress", "2", … "5 Achieved": the value with the framework's label where it has one. */
    /** The scale's own label for a value ("Describes us"), or the number when it has none. */
    public String scaleLabel(int value) {
        return scale.hasLabel(value) ? scale.label(value) : Integer.toString(value);
    }

    public String valueLabel(int value) {
        return scale.hasLabel(value) ? value + " " + scale.label(value) : Integer.toString(value);
    }

    /** A column heading: the value and its label or, for one-level-per-value frameworks, the level name. */
    public String columnHeading(int value) {
        if (scale.hasLabel(value)) {
            return valueLabel(value);
        }
        int index = value - scale.min();
        List<Level> levels = framework.levels();
        return levels.size() == scale.values().size()
                ? value + " " + levels.get(index).name()
                : Integer.toString(value);
    }

    /** What a cell shows: the item's descriptor for that value where the framework has one, else the label. */
    public String cellText(Item item, int value) {
        String descriptor = item.descriptor(value);
        return descriptor == null ? valueLabel(value) : descriptor;
    }

    /** What a screen reader says for a cell, including whether it is the chosen one. */
    public String cellAccessibleText(Item item, int value) {
        String descriptor = item.descriptor(value);
        String text = item.displayName() + ": " + valueLabel(value) + (descriptor == null ? "" : ". " + descriptor);
        return isChosen(item, value) ? text + " (chosen)" : text;
    }

    public Rating rating(Item item) {
        return model.rating(item.id());
    }

    public boolean isChosen(Item item, int value) {
        Rating rating = rating(item);
        return rating != null && !rating.isNotApplicable() && rating.value() == value;
    }

    public boolean isNotApplicable(Item item) {
        Rating rating = rating(item);
        return rating != null && rating.isNotApplicable();
    }

    /** A click on a cell: rates the item with that value, or clears it when that value is already chosen. */
    public void click(Item item, int value) {
        focusedItem.set(item);
        model.rate(item.id(), isChosen(item, value) ? null : Rating.of(value));
    }

    /** The N/A toggle: marks the item not applicable, or clears the mark. */
    public void toggleNotApplicable(Item item) {
        focusedItem.set(item);
        if (!allowsNotApplicable() && !isNotApplicable(item)) {
            return;
        }
        model.rate(item.id(), isNotApplicable(item) ? null : Rating.NOT_APPLICABLE);
    }

    public void focus(Item item) {
        focusedItem.set(item);
    }

    /** Moves the focus up (negative) or down the rows, stopping at the ends; returns the new focused item. */
    public Item moveFocus(int delta) {
        int index = items.indexOf(focusedItem.get());
        int next = Math.max(0, Math.min(items.size() - 1, (index < 0 ? 0 : index + delta)));
        if (!items.isEmpty()) {
            focusedItem.set(items.get(next));
        }
        return focusedItem.get();
    }

    /**
     * A typed key on the grid: a digit on the scale rates the focused item, 0 (when 0 is not on the scale)
     * or N marks it not applicable. Returns false for keys that mean nothing here, so they pass on.
     */
    public boolean keyTyped(String key) {
        Item item = focusedItem.get();
        if (item == null || key == null || key.length() != 1) {
            return false;
        }
        char c = key.charAt(0);
        if (Character.isDigit(c)) {
            int value = c - '0';
            if (scale.contains(value)) {
                model.rate(item.id(), Rating.of(value));
                return true;
            }
            if (value == 0 && allowsNotApplicable()) {
                model.rate(item.id(), Rating.NOT_APPLICABLE);
                return true;
            }
            return false;
        }
        if ((c == 'n' || c == 'N') && allowsNotApplicable()) {
            model.rate(item.id(), Rating.NOT_APPLICABLE);
            return true;
        }
        return false;
    }

    /** Delete/Backspace: clears the focused item's rating. */
    public void clearFocused() {
        Item item = focusedItem.get();
        if (item != null) {
            model.rate(item.id(), null);
        }
    }

    /** "3 Partly in place", "N/A" or "Not rated" for a row's status line. */
    public String ratingText(Item item) {
        Rating rating = rating(item);
        String now = rating == null ? "Not rated" : rating.isNotApplicable() ? "N/A" : valueLabel(rating.value());
        Rating previous = model.previousRating(item.id());
        if (previous == null) {
            return now;
        }
        return now + " · previous round: " + (previous.isNotApplicable() ? "N/A" : valueLabel(previous.value()));
    }

    /** True for the cell of the item's rating in the previous round (a marker, not a rating). */
    public boolean isPrevious(Item item, int value) {
        Rating previous = model.previousRating(item.id());
        return previous != null && !previous.isNotApplicable() && previous.value() == value;
    }

    /** True when this assessment follows up an earlier round, so "Keep previous" applies. */
    public boolean hasPreviousRound() {
        return model.previousRound() != null;
    }

    /** "Keep previous" for one item or a whole section: one undoable edit; unrated-only. */
    public int keepPrevious(List<Item> items) {
        return model.keepPrevious(items.stream().map(Item::id).toList());
    }
}
