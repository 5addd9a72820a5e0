package com.cxworkbook.ui.main;

import com.cxworkbook.ui.DateField;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Workbook → Start follow-up round: asks for the new round's date (today unless changed; typed or picked like
 * every date in the app) and says what will happen. Answers the date, or nothing when cancelled, so cancel
 * creates nothing. A date the {@code check} refuses (e.g. before the previous round) keeps the dialog open
 * with the reason under the field ({@code #followUpDateProblem}).
 */
public class FollowUpDialog extends Dialog<LocalDate> {

    public static final ButtonType START = new ButtonType("Start round", ButtonBar.ButtonData.OK_DONE);

    private final DateField date = new DateField("followUpDatePicker", "Date of the follow-up round");
    private final Label problem = new Label();

    /**
     * @param title      the assessment's title
     * @param newRound   the new round's number (2 for the baseline's first follow-up)
     * @param today      the date offered
     * @param check      the reason a date cannot be used, empty when it can
     */
    public FollowUpDialog(String title, int newRound, LocalDate today, Function<LocalDate, Optional<String>> check) {
        setTitle("Start follow-up round");
        setHeaderText("Round " + newRound + " of " + title);
        getDialogPane().setId("followUpDialog");
        date.valueProperty().set(today);
        Label what = new Label("Round " + newRound + " starts unrated; each row shows Round " + (newRound - 1)
                + "'s rating as a marker, and \"Keep previous\" takes it over per item or section. Targets and"
                + " open gap actions carry over with their status, owner and dates. Round " + (newRound - 1)
                + " is closed: read-only until you reopen it (Workbook › Reopen round).");
        what.setWrapText(true);
        what.setMaxWidth(460);
        // a wrapped label in a dialog is otherwise cut to the height of its first lines
        what.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId("followUpDateProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setVisible(false);
        problem.setManaged(false);
        VBox content = new VBox(8, what, new Label("Date of Round " + newRound), date, problem);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(START, ButtonType.CANCEL);
        getDialogPane().lookupButton(START).setId("startFollowUpButton");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelFollowUpButton");
        // a bad or refused date keeps the dialog open: nothing is created until the date is right
        getDialogPane().lookupButton(START).addEventFilter(ActionEvent.ACTION, e -> {
            if (!date.commitTyped()) {
                e.consume();
                return;
            }
            Optional<String> refused = check.apply(date.valueProperty().get());
            show(refused.orElse(null));
            if (refused.isPresent()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == START ? date.valueProperty().get() : null);
        setOnShown(e -> date.picker().getEditor().requestFocus());
    }

    private void show(String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        problem.setManaged(text != null);
        // the dialog's window keeps its size unless asked: make room for the message (and the buttons)
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
