package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.GapSuggestions;
import com.cxworkbook.domain.GapWarnings;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.GapWorksheetModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The gap-analysis worksheet of one assessment: one row per activity in framework order, the totals and
 * the editing commands ("suggest actions", ranking); the filters ({@link GapFilters}), the priority matrix
 * ({@link PriorityMatrix}), the ranking ({@link GapRanking}) and copy/paste ({@link GapClipboard}) are parts of their own behind it. Ratings
 * change only through {@link AssessmentModel#rate}, worksheet fields through {@link GapWorksheetModel}, so
 * the rating grid and every undo stay in step with this screen.
 */
public class GapWorksheetViewModel {

    /** The quick "show only big gaps" toggle hides gaps below this. */
    public static final int BIG_GAP = 2;

    private final AssessmentModel model;
    private final Framework framework;
    private final GapWorksheetModel gaps;
    private final Supplier<LocalDate> today;
    private final ObservableList<GapRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<GapRowViewModel> visibleRows = new FilteredList<>(rows);
    private final GapFilters filters = new GapFilters();
    private final PriorityMatrix matrix = new PriorityMatrix();
    private final GapClipboard clipboard;
    private final GapRanking ranking;
    private final ReadOnlyIntegerWrapper totalRating = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper totalGap = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper warningCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper rowsRevision = new ReadOnlyLongWrapper();
    // kept as fields: the models hold these listeners weakly, so an old worksheet view can be collected
    private final ObservableValue<ScoreResult> result;
    private final InvalidationListener refresh = obs -> refresh();
    private final InvalidationListener refilter = obs -> refilter();

    public GapWorksheetViewModel(AssessmentModel model, Supplier<LocalDate> today) {
        this.model = model;
        this.framework = model.framework();
        this.gaps = model.gaps();
        this.today = today;
        this.clipboard = new GapClipboard(this, gaps, message::set);
        this.ranking = new GapRanking(rows, gaps);
        if (framework != null) {
            int order = 0;
            for (GapLine line : GapWorksheet.lines(framework, model.assessment())) {
                rows.add(new GapRowViewModel(line.section(), line.item(), order++));
            }
        }
        // a rating changes the score, so the score alone stands for both: one refresh per click (a listener
        // on the ratings too would refresh twice). The refresh reads the score, which keeps it firing.
        result = model.resultProperty();
        result.addListener(new WeakInvalidationListener(refresh));
        gaps.revisionProperty().addListener(new WeakInvalidationListener(refresh));
        model.targets().addListener(new WeakInvalidationListener(refresh));
        for (Observable filter : filters.all()) {
            filter.addListener(refilter);
        }
        matrix.axis().addListener(obs -> matrix.rebuild(rows));
        refresh();
    }

    /** Re-reads every row from the assessment: cheap (tens of rows) and always right, including after undo. */
    private void refresh() {
        if (framework == null) {
            return;
        }
        List<GapLine> lines = GapWorksheet.lines(framework, model.assessment());
        LocalDate now = today.get();
        int warnings = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<String> lineWarnings = GapWarnings.of(lines.get(i), now);
            warnings += lineWarnings.size();
            rows.get(i).update(lines.get(i), lineWarnings);
            rows.get(i)
                    .updateGapToTarget(Consensus.gapToTarget(
                            framework, model.assessment(), lines.get(i).item().id()));
        }
        totalRating.set(GapWorksheet.totalRating(lines));
        totalGap.set(GapWorksheet.totalGap(lines));
        stageText.set(stage(model.result()));
        warningCount.set(warnings);
        refilterIfChanged();
        matrix.rebuild(rows);
        rowsRevision.set(rowsRevision.get() + 1);
    }

    private static String stage(ScoreResult result) {
        if (result == null) {
            return "";
        }
        String text = result.levelText();
        if (result.isPartial()) {
            // "Customer-Chaotic to Customer-Champion (12 so far from 4 of 20 · final 28–92)"
            return text + " (" + result.soFarText() + ")";
        }
        return result.scaled() ? text + " (" + result.scoreText() + " scaled for N/A items)" : text;
    }

    private void refilter() {
        visibleRows.setPredicate(filters.predicate());
    }

    /**
     * After an edit the rows change in place; the shown list is touched only when a row now passes or
     * fails the filters. A new predicate makes the FilteredList replace its whole content, and a table
     * showing it then resets its selection and focus to the first column (what sent Enter in a drop-down
     * to the "#" column).
     */
    private void refilterIfChanged() {
        Predicate<GapRowViewModel> predicate = filters.predicate();
        if (!rows.stream().filter(predicate).toList().equals(visibleRows)) {
            visibleRows.setPredicate(predicate);
        }
    }

    // ---- editing ----

    /** Changes the activity's rating in the assessment, exactly as the rating grid does. */
    public void setRating(GapRowViewModel row, Rating rating) {
        model.rate(row.itemId(), rating);
    }

    public <T> void set(GapRowViewModel row, GapField<T> field, T value) {
        gaps.set(row.itemId(), field, value);
    }

    /**
     * Fills the empty Action cells of the shown rows from the framework's recommendations for the next stage
     * (see {@link GapSuggestions}), as one undoable edit. Returns how many cells were filled.
     */
    public int suggestActions() {
        if (framework == null) {
            return 0;
        }
        Map<String, String> suggestions =
                GapSuggestions.suggest(framework, GapWorksheet.lines(framework, model.assessment()));
        int[] filled = {0};
        gaps.group("suggested actions", () -> {
            for (GapRowViewModel row : List.copyOf(visibleRows)) {
                String text = suggestions.get(row.itemId());
                if (text == null || GapField.normalise(row.actions()) != null) {
                    continue;
                }
                set(row, GapField.ACTIONS, text);
                filled[0]++;
            }
        });
        if (filled[0] > 0) {
            message.set("Suggested actions for " + filled[0] + " activit" + (filled[0] == 1 ? "y" : "ies")
                    + " from “Closing the gaps”, for each activity's section and next stage; edit them to fit the"
                    + " client. Undo takes them all back.");
        } else if (!GapSuggestions.hasActions(framework)) {
            message.set(framework.name() + " does not recommend actions, so there is nothing to suggest.");
        } else {
            message.set(
                    "No empty Action cell on a rated activity with a gap to suggest for (unrated and N/A rows get none).");
        }
        return filled[0];
    }

    /** The order "rank" means: ranked rows by rank, then the unranked ones in framework order. */
    public List<GapRowViewModel> rankOrder() {
        return ranking.order();
    }

    /**
     * Drag-and-drop ranking: {@code moved} takes {@code target}'s place in the rank order and the rows between
     * shift by one, as one undoable edit (see {@link GapRanking}).
     */
    public void moveRank(GapRowViewModel moved, GapRowViewModel target) {
        ranking.move(moved, target);
    }

    /** Keyboard ranking (Alt+Up / Alt+Down): one place up (negative) or down in the rank order. */
    public void moveRankBy(GapRowViewModel row, int delta) {
        ranking.moveBy(row, delta);
    }

    // ---- clipboard ----

    /** The given rows × columns as tab-separated text, for a spreadsheet. */
    public String copy(List<GapRowViewModel> rowsToCopy, List<GapColumn> columns) {
        return clipboard.copy(rowsToCopy, columns);
    }

    /**
     * Pastes tab-separated text with its top-left value into {@code startColumn} of the first of
     * {@code targets} (the rows from the focused one down, as the table shows them), going right through
     * {@code columns} (the table's column order); as one undoable edit. Values that do not fit a cell are
     * skipped and reported in {@link #messageProperty()}; the rest is pasted.
     */
    public int paste(String text, List<GapRowViewModel> targets, GapColumn startColumn, List<GapColumn> columns) {
        return clipboard.paste(text, targets, startColumn, columns);
    }

    /** Empties the given cells (Delete key), as one undoable edit. */
    public void clear(List<GapRowViewModel> rowsToClear, List<GapColumn> columns) {
        clipboard.clear(rowsToClear, columns);
    }

    /** Reports a value typed into a cell that could not be read; the cell keeps its old value. */
    public void reportProblem(String text) {
        message.set(text);
    }

    // ---- state for the view ----

    public String title() {
        return model.title();
    }

    public Framework framework() {
        return framework;
    }

    public Scale scale() {
        return framework.scale();
    }

    public LocalDate today() {
        return today.get();
    }

    public ObservableList<GapRowViewModel> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }
    /** The rows the filters let through, in framework order; the table sorts its own view of them. */
    public FilteredList<GapRowViewModel> visibleRows() {
        return visibleRows;
    }

    public BooleanProperty bigGapsOnlyProperty() {
        return filters.bigGapsOnly();
    }

    public ObjectProperty<Priority> priorityFilterProperty() {
        return filters.priority();
    }

    public ObjectProperty<Effort> effortFilterProperty() {
        return filters.effort();
    }

    public ObjectProperty<InitiativeType> initiativeFilterProperty() {
        return filters.initiative();
    }

    public ObjectProperty<MatrixAxis> matrixAxisProperty() {
        return matrix.axis();
    }

    public ObservableList<MatrixCell> matrix() {
        return matrix.cells();
    }

    public ReadOnlyStringProperty unplacedProperty() {
        return matrix.unplacedProperty();
    }

    public ReadOnlyIntegerProperty totalRatingProperty() {
        return totalRating.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalGapProperty() {
        return totalGap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageTextProperty() {
        return stageText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warningCount.getReadOnlyProperty();
    }

    /** Changes after every re-read of the rows (an edit, undo or rating): a sorted view may be out of order then. */
    public ReadOnlyLongProperty rowsRevisionProperty() {
        return rowsRevision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
    /** "of 100" for ICMI: the largest total the worksheet can show. */
    public int maxTotal() {
        return framework == null ? 0 : framework.itemCount() * framework.scale().max();
    }
}
