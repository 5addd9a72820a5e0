package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Priority;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The worksheet's filters (big gaps only, priority, effort, initiative) and the rows they let through. */
final class GapFilters {

    private final BooleanProperty bigGapsOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    private final ObjectProperty<Effort> effort = new SimpleObjectProperty<>();
    private final ObjectProperty<InitiativeType> initiative = new SimpleObjectProperty<>();

    /** The filters' values, to listen to for a refilter. */
    List<Observable> all() {
        return List.of(bigGapsOnly, priority, effort, initiative);
    }

    /** The rows the filters let through now; values are read once, so the predicate is cheap per row. */
    Predicate<GapRowViewModel> predicate() {
        Priority p = priority.get();
        Effort e = effort.get();
        InitiativeType i = initiative.get();
        boolean big = bigGapsOnly.get();
        return row -> (!big || (row.gap() != null && row.gap() >= GapWorksheetViewModel.BIG_GAP))
                && (p == null || p == row.priority())
                && (e == null || e == row.effort())
                && (i == null || i == row.initiative());
    }

    BooleanProperty bigGapsOnly() {
        return bigGapsOnly;
    }

    ObjectProperty<Priority> priority() {
        return priority;
    }

    ObjectProperty<Effort> effort() {
        return effort;
    }

    ObjectProperty<InitiativeType> initiative() {
        return initiative;
    }
}
