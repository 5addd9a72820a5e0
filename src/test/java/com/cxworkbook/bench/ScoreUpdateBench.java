package com.cxworkbook.bench;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.edit.EditHistory;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Click → score update, at model level: {@link AssessmentModel#rate} (undoable edit, observable ratings)
 * plus the rescoring it triggers, for every bundled framework. Rendering is not included. Run by
 * {@code scripts/bench}; prints one "bench score-update …" line per framework.
 */
public final class ScoreUpdateBench {

    private static final int WARMUP_BATCHES = 20;
    private static final int BATCHES = 15;
    private static final int RATINGS_PER_BATCH = 2_000;

    private ScoreUpdateBench() {}

    public static void main(String[] args) {
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        for (Framework framework : catalog.frameworks()) {
            measure(framework);
        }
    }

    private static void measure(Framework framework) {
        List<Item> items = framework.items();
        int min = framework.scale().min();
        int span = framework.scale().max() - min + 1;
        long[] nanosPerRating = new long[BATCHES];
        int sink = 0;
        for (int batch = -WARMUP_BATCHES; batch < BATCHES; batch++) {
            // a fresh model per batch so the undo history stays the size of a real session
            AssessmentModel model = new AssessmentModel(new Assessment(framework), framework, new EditHistory());
            long start = System.nanoTime();
            for (int i = 0; i < RATINGS_PER_BATCH; i++) {
                Item item = items.get(i % items.size());
                model.rate(item.id(), Rating.of(min + (i / items.size()) % span));
                sink += model.result().rated();
            }
            long elapsed = System.nanoTime() - start;
            if (batch >= 0) {
                nanosPerRating[batch] = elapsed / RATINGS_PER_BATCH;
            }
        }
        Arrays.sort(nanosPerRating);
        System.out.printf(
                Locale.ROOT,
                "bench score-update %s items=%d median=%.1fus p90=%.1fus (sink %d)%n",
                framework.id(),
                items.size(),
                nanosPerRating[BATCHES / 2] / 1000.0,
                nanosPerRating[BATCHES * 9 / 10] / 1000.0,
                sink % 10);
    }
}
