package com.cxworkbook.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One editable field of a {@link GapRow}, so editors, undo and paste can treat every column alike
 * instead of one method per field.
 */
public final class GapField<T> {

    public static final GapField<Priority> PRIORITY =
            new GapField<>("priority", "Priority", GapRow::getPriority, GapRow::setPriority);
    public static final GapField<Effort> EFFORT =
            new GapField<>("effort", "Potential effort", GapRow::getEffort, GapRow::setEffort);
    public static final GapField<InitiativeType> INITIATIVE =
            new GapField<>("initiative", "Type of initiative", GapRow::getInitiative, GapRow::setInitiative);
    public static final GapField<String> ACTIONS =
            new GapField<>("actions", "Actions", GapRow::getActions, GapRow::setActions);
    public static final GapField<String> OWNER = new GapField<>("owner", "Owner", GapRow::getOwner, GapRow::setOwner);
    public static final GapField<LocalDate> TARGET_DATE =
            new GapField<>("targetDate", "Target completion date", GapRow::getTargetDate, GapRow::setTargetDate);
    public static final GapField<GapStatus> STATUS =
            new GapField<>("status", "Status", GapRow::getStatus, GapRow::setStatus);
    public static final GapField<Integer> RANK =
            new GapField<>("rank", "Rank", GapRow::getRank, (row, rank) -> row.setRank(rank == null ? 0 : rank));

    public static final List<GapField<?>> ALL =
            List.of(PRIORITY, EFFORT, INITIATIVE, ACTIONS, OWNER, TARGET_DATE, STATUS, RANK);

    private final String id;
    private final String label;
    private final Function<GapRow, T> getter;
    private final BiConsumer<GapRow, T> setter;

    private GapField(String id, String label, Function<GapRow, T> getter, BiConsumer<GapRow, T> setter) {
        this.id = id;
        this.label = label;
        this.getter = getter;
        this.setter = setter;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The field's value; null (or rank 0) when the row is null or the field is empty. */
    public T get(GapRow row) {
        return row == null ? null : getter.apply(row);
    }

    public void set(GapRow row, T value) {
        setter.accept(Objects.requireNonNull(row), value);
    }

    /**
     * How a field value reads on screen, in the export and in the client's copy: the drop-down label, the
     * ISO date or the text itself; empty for no value.
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Priority p) {
            return p.label();
        }
        if (value instanceof Effort e) {
            return e.label();
        }
        if (value instanceof InitiativeType t) {
            return t.label();
        }
        if (value instanceof GapStatus s) {
            return s.label();
        }
        return value.toString();
    }

    /** Blank text counts as empty, so clearing a text cell does not leave "" behind in the file. */
    public static String normalise(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** True when the row holds nothing the user entered (rank included). */
    public static boolean isEmpty(GapRow row) {
        for (GapField<?> field : ALL) {
            Object value = field.get(row);
            if (value != null && !(value instanceof Integer i && i == 0)) {
                return false;
            }
        }
        return row.extra().isEmpty();
    }

    @Override
    public String toString() {
        return id;
    }
}
