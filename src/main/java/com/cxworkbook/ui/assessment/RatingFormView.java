package com.cxworkbook.ui.assessment;

import com.cxworkbook.ui.DateField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.SegmentedButton;

/** The rating form for the focused item: statement, value buttons, N/A, notes and evidence. */
public class RatingFormView extends CachedVBox {

    private final Map<Integer, ToggleButton> valueButtons = new HashMap<>();

    public RatingFormView(RatingFormViewModel vm) {
        super(6);
        setId("ratingForm");
        getStyleClass().addAll("card", "rating-form");
        setAccessibleText("Rating form for the focused item");

        Label title = RowParts.wrapping("", "card-title");
        title.setId("formTitle");
        title.textProperty().bind(vm.titleProperty());
        Label statement = RowParts.wrapping("", "form-statement");
        statement.setId("formStatement");
        statement.textProperty().bind(vm.statementProperty());
        Label guidance = RowParts.wrapping("", "form-guidance");
        guidance.setId("formGuidance");
        guidance.textProperty().bind(vm.guidanceProperty());
        guidance.visibleProperty().bind(vm.guidanceProperty().isNotEmpty());
        guidance.managedProperty().bind(guidance.visibleProperty());

        SegmentedButton values = new SegmentedButton();
        values.setId("formValues");
        GridViewModel grid = vm.grid();
        for (int value : grid.values()) {
            ToggleButton button = new ToggleButton(Integer.toString(value));
            button.setId("formValue-" + value);
            button.setAccessibleText("Rate " + grid.valueLabel(value));
            button.setTooltip(new Tooltip(grid.valueLabel(value)));
            button.setFocusTraversable(true);
            button.setOnAction(e -> vm.choose(value));
            valueButtons.put(value, button);
            values.getButtons().add(button);
        }
        vm.valueProperty().addListener((obs, old, value) -> showValue(value));
        showValue(vm.valueProperty().get());
        Label ratingText = new Label();
        ratingText.setId("formRatingText");
        ratingText.setWrapText(true);
        ratingText.textProperty().bind(vm.ratingTextProperty());

        CheckBox na = new CheckBox("Not applicable");
        na.setId("formNotApplicable");
        na.setAccessibleText("Mark the item not applicable");
        na.setDisable(!grid.allowsNotApplicable());
        na.setSelected(vm.notApplicableProperty().get());
        vm.notApplicableProperty().addListener((obs, old, now) -> na.setSelected(now));
        na.setOnAction(e -> vm.setNotApplicable(na.isSelected()));
        Button clear = new Button("Clear rating");
        clear.setId("clearRatingButton");
        clear.setAccessibleText("Clear the rating of the focused item");
        clear.setOnAction(e -> vm.clearRating());
        HBox naRow = new HBox(10, na, clear);
        if (grid.hasPreviousRound()) {
            Button keep = new Button("Keep previous");
            keep.setId("keepPreviousButton");
            keep.setAccessibleText("Rate the focused item as in the previous round");
            keep.setOnAction(e -> {
                if (vm.itemProperty().get() != null) {
                    grid.keepPrevious(List.of(vm.itemProperty().get()));
                }
            });
            naRow.getChildren().add(keep);
        }
        naRow.setAlignment(Pos.CENTER_LEFT);

        TextArea notes = new TextArea();
        notes.setId("notesField");
        notes.setAccessibleText("Notes on the focused item");
        notes.setPromptText("What the room said");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        commitOnFocusLost(notes, vm);
        tabLeaves(notes);

        TextField evidence = new TextField();
        evidence.setId("evidenceField");
        evidence.setAccessibleText("Evidence for the rating");
        evidence.setPromptText("Document, data or example");
        evidence.textProperty().bindBidirectional(vm.evidenceTextProperty());
        evidence.setOnAction(e -> vm.commit());
        commitOnFocusLost(evidence, vm);
        TextField owner = new TextField();
        owner.setId("evidenceOwnerField");
        owner.setAccessibleText("Evidence owner");
        owner.setPromptText("Owner");
        owner.textProperty().bindBidirectional(vm.evidenceOwnerProperty());
        owner.setOnAction(e -> vm.commit());
        commitOnFocusLost(owner, vm);
        DateField date = new DateField("evidenceDateField", "Evidence date");
        date.picker().setPrefWidth(130);
        date.valueProperty().bindBidirectional(vm.evidenceDateProperty());
        date.picker().setOnAction(e -> vm.commit());
        commitOnFocusLost(date.picker(), vm);
        // another item's form: never keep this item's half-typed text or its error
        vm.itemProperty().addListener((obs, old, next) -> date.showValue());
        HBox.setHgrow(owner, Priority.ALWAYS);
        HBox ownerRow = new HBox(6, owner, date);

        getChildren()
                .addAll(
                        title,
                        statement,
                        guidance,
                        values,
                        ratingText,
                        naRow,
                        caption("Notes"),
                        notes,
                        caption("Evidence"),
                        evidence,
                        ownerRow);
    }

    private void showValue(Integer value) {
        valueButtons.forEach((v, button) -> button.setSelected(v.equals(value)));
    }

    private static void commitOnFocusLost(Node field, RatingFormViewModel vm) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.commit();
            }
        });
    }

    /**
     * Tab in a notes field moves on to the next field (Shift+Tab back) instead of typing a tab, so what is
     * typed next lands where the user sees the caret; Ctrl+Tab still moves too, as in every text area.
     */
    private static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(
                        e.getSource(),
                        e.getTarget(),
                        KeyEvent.KEY_PRESSED,
                        "",
                        "",
                        KeyCode.TAB,
                        e.isShiftDown(),
                        true,
                        false,
                        false));
            }
        });
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail-label");
        return label;
    }
}
