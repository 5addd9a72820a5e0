package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.GapField;
import com.cxworkbook.ui.workbook.GapWorksheetModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The worksheet's ranking: ranked rows by rank, then the unranked in framework order; moving a row (drag and
 * drop, Alt+Up/Down) renumbers the rows down to its new place as one undoable edit.
 */
final class GapRanking {

    private final List<GapRowViewModel> rows;
    private final GapWorksheetModel gaps;

    GapRanking(List<GapRowViewModel> rows, GapWorksheetModel gaps) {
        this.rows = rows;
        this.gaps = gaps;
    }

    /** The order "rank" means: ranked rows by rank, then the unranked ones in framework order. */
    List<GapRowViewModel> order() {
        List<GapRowViewModel> order = new ArrayList<>(rows);
        order.sort(Comparator.comparingInt((GapRowViewModel r) -> r.rank() == 0 ? Integer.MAX_VALUE : r.rank())
                .thenComparingInt(GapRowViewModel::order));
        return order;
    }

    /**
     * {@code moved} takes {@code target}'s place in the rank order and the rows between shift by one. Every
     * row down to the new position becomes ranked (1, 2, …), so the result is a plain list.
     */
    void move(GapRowViewModel moved, GapRowViewModel target) {
        if (moved == target) {
            return;
        }
        List<GapRowViewModel> order = order();
        int ranked = (int) rows.stream().filter(r -> r.rank() > 0).count();
        int to = order.indexOf(target);
        order.remove(moved);
        order.add(to, moved);
        int count = Math.max(moved.rank() > 0 ? ranked : ranked + 1, to + 1);
        gaps.group("rank " + moved.activity() + " #" + (to + 1), () -> {
            for (int i = 0; i < order.size(); i++) {
                gaps.set(order.get(i).itemId(), GapField.RANK, i < count ? i + 1 : 0);
            }
        });
    }

    /** One place up (negative) or down in the rank order. */
    void moveBy(GapRowViewModel row, int delta) {
        List<GapRowViewModel> order = order();
        int to = Math.max(0, Math.min(order.size() - 1, order.indexOf(row) + delta));
        move(row, order.get(to));
    }
}
