package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Effort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The priority (or rating) × effort matrix of the worksheet's rows, and the activities not placed yet. */
final class PriorityMatrix {

    private final ObjectProperty<MatrixAxis> axis = new SimpleObjectProperty<>(MatrixAxis.PRIORITY);
    private final ObservableList<MatrixCell> cells = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unplaced = new ReadOnlyStringWrapper("");

    void rebuild(List<GapRowViewModel> rows) {
        MatrixAxis by = axis.get();
        List<MatrixCell> built = new ArrayList<>();
        List<String> notPlaced = new ArrayList<>();
        Map<Integer, List<String>> byCell = new LinkedHashMap<>();
        for (GapRowViewModel row : rows) {
            boolean hasGap = row.gap() != null && row.gap() > 0;
            int r = by.rowOf(row);
            if (r < 0 || row.effort() == null) {
                if (hasGap || row.priority() != null) {
                    notPlaced.add(row.activity());
                }
                continue;
            }
            byCell.computeIfAbsent(r * 3 + row.effort().ordinal(), k -> new ArrayList<>())
                    .add(row.activity());
        }
        Effort[] efforts = Effort.values();
        for (int r = 0; r < by.rowLabels().size(); r++) {
            for (int c = 0; c < efforts.length; c++) {
                built.add(new MatrixCell(
                        r,
                        c,
                        by.rowLabels().get(r),
                        efforts[c].label() + " effort",
                        byCell.getOrDefault(r * 3 + c, List.of()),
                        c == 0 && r <= 1));
            }
        }
        cells.setAll(built);
        unplaced.set(
                notPlaced.isEmpty()
                        ? ""
                        : "Not placed yet (needs " + (by == MatrixAxis.PRIORITY ? "a priority" : "a rating")
                                + " and an effort): " + String.join(", ", notPlaced));
    }

    ObjectProperty<MatrixAxis> axis() {
        return axis;
    }

    ObservableList<MatrixCell> cells() {
        return cells;
    }

    ReadOnlyStringProperty unplacedProperty() {
        return unplaced.getReadOnlyProperty();
    }
}
