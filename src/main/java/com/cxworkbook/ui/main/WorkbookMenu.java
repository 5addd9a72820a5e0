package com.cxworkbook.ui.main;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Rounds;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.assessment.AddAssessment;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The Workbook menu: add, rename and delete assessments, start a follow-up round, reopen a closed one. */
final class WorkbookMenu {

    private final MainViewModel viewModel;
    private final AssessmentActions actions;
    private final Supplier<DialogService> dialogs;

    WorkbookMenu(MainViewModel viewModel, AssessmentActions actions, Supplier<DialogService> dialogs) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.dialogs = dialogs;
    }

    Menu menu() {
        MenuItem add = new MenuItem("_Add assessment…");
        add.setId("addAssessmentMenuItem");
        add.disableProperty().bind(viewModel.sessionProperty().isNull());
        add.setOnAction(e -> addAssessment());
        MenuItem followUp = new MenuItem("Start _follow-up round");
        followUp.setId("startFollowUpMenuItem");
        followUp.disableProperty().bind(viewModel.selectedAssessmentProperty().isNull());
        followUp.setOnAction(e -> startFollowUp());
        MenuItem reopen = new MenuItem("_Reopen round");
        reopen.setId("reopenRoundMenuItem");
        reopen.setOnAction(e -> {
            if (viewModel.selectedAssessmentProperty().get() != null) {
                viewModel.selectedAssessmentProperty().get().setClosed(false);
            }
        });
        Menu menu = new Menu(
                "_Workbook",
                null,
                add,
                actions.renameItem(),
                actions.deleteItem(),
                new SeparatorMenuItem(),
                followUp,
                reopen);
        menu.setId("workbookMenu");
        // closing and reopening happen without a change of selection, so look when the menu opens
        menu.setOnShowing(
                e -> reopen.setDisable(viewModel.selectedAssessmentProperty().get() == null
                        || !viewModel.selectedAssessmentProperty().get().isClosed()));
        return menu;
    }

    /**
     * A new round of the selected assessment's chain, dated as the user answers (today unless changed), opened
     * at once; the latest round is closed. Cancel creates nothing.
     */
    private void startFollowUp() {
        var selected = viewModel.selectedAssessmentProperty().get();
        var session = viewModel.sessionProperty().get();
        if (selected == null || session == null) {
            return;
        }
        Workbook workbook = session.workbook();
        Assessment latest = Rounds.latest(workbook, selected.assessment());
        dialogs.get()
                .showDialog(new FollowUpDialog(
                        selected.title(),
                        Rounds.number(workbook, latest) + 1,
                        LocalDate.now(),
                        date -> Rounds.followUpDateProblem(workbook, latest, date)))
                .ifPresent(date -> viewModel.selectedAssessmentProperty().set(session.startFollowUp(selected, date)));
    }

    private void addAssessment() {
        new AddAssessment(viewModel).run(dialogs.get());
    }
}
