package com.cxworkbook.ui.main;

import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.file.StatusKind;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Rename and delete an assessment of the open workbook, both undoable. No confirmation before a delete:
 * the status line says what went and that Edit › Undo brings it back, which is the safety net.
 */
public class AssessmentActionsViewModel {

    private final MainViewModel main;
    private BiConsumer<StatusKind, String> status = (kind, text) -> {};

    public AssessmentActionsViewModel(MainViewModel main) {
        this.main = Objects.requireNonNull(main);
    }

    /** Where the outcome is told (the window's status line). */
    public void reportTo(BiConsumer<StatusKind, String> sink) {
        this.status = Objects.requireNonNull(sink);
    }

    /**
     * Asks for a new title ({@code ask} gets the current one, answers empty when cancelled) and renames
     * {@code model}; a blank answer changes nothing. Returns whether the title changed.
     */
    public boolean rename(AssessmentModel model, Function<String, Optional<String>> ask) {
        if (model == null || session() == null) {
            return false;
        }
        String before = model.title();
        Optional<String> answer = ask.apply(before);
        if (answer.isEmpty() || !session().renameAssessment(model, answer.get())) {
            return false;
        }
        status.accept(StatusKind.SUCCESS, "Renamed “" + before + "” to “" + model.title() + "”.");
        return true;
    }

    /**
     * Deletes {@code model} from the workbook (the open one closes: the window goes back to the home) and
     * says so with the way back. Returns false when there is nothing to delete.
     */
    public boolean delete(AssessmentModel model) {
        WorkbookSession session = session();
        if (model == null || session == null || !session.assessments().contains(model)) {
            return false;
        }
        if (main.selectedAssessmentProperty().get() == model) {
            main.selectedAssessmentProperty().set(null);
        }
        AssessmentModel reopened = previousClosedRound(session, model);
        session.deleteAssessment(model);
        status.accept(StatusKind.INFO, deletedText(model, reopened != null && !reopened.isClosed() ? reopened : null));
        return true;
    }

    /** The latest round's predecessor, closed when its follow-up (the deleted one) was started. */
    private static AssessmentModel previousClosedRound(WorkbookSession session, AssessmentModel model) {
        if (model.previousRound() == null) {
            return null;
        }
        return session.assessments().stream()
                .filter(m -> m.assessment() == model.previousRound() && m.isClosed())
                .findFirst()
                .orElse(null);
    }

    /** "Deleted “ICMI” (12 ratings, 2 notes, 3 gap rows). Edit › Undo brings it back." */
    static String deletedText(AssessmentModel model, AssessmentModel reopened) {
        StringBuilder text =
                new StringBuilder("Deleted “").append(model.title()).append("”");
        String contents = contents(model);
        if (!contents.isEmpty()) {
            text.append(" (").append(contents).append(")");
        }
        text.append(".");
        if (reopened != null) {
            text.append(" ")
                    .append(reopened.roundLabel().isEmpty() ? "The previous round" : reopened.roundLabel())
                    .append(" is open again.");
        }
        return text.append(" Edit › Undo brings it back.").toString();
    }

    private static String contents(AssessmentModel model) {
        StringBuilder text = new StringBuilder();
        count(text, model.ratings().size(), "rating");
        count(text, model.notes().size(), "note");
        count(text, model.assessment().getGapRows().size(), "gap row");
        return text.toString();
    }

    private static void count(StringBuilder text, int n, String what) {
        if (n == 0) {
            return;
        }
        if (text.length() > 0) {
            text.append(", ");
        }
        text.append(n).append(' ').append(what).append(n == 1 ? "" : "s");
    }

    private WorkbookSession session() {
        return main.sessionProperty().get();
    }
}
