package com.cxworkbook.ui.file;

import com.cxworkbook.ui.DateField;
import com.cxworkbook.ui.workbook.WorkbookDetails;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edits client, facilitator, workshop date and participants (name, role and group); returns the new details. */
public class DetailsDialog extends Dialog<WorkbookDetails> {

    private final TextField client = field("clientField", "Client");
    private final TextField facilitator = field("facilitatorField", "Facilitator");
    private final DateField date = new DateField("workshopDatePicker", "Workshop date");
    private final VBox people = new VBox(4);
    private final List<Row> rows = new ArrayList<>();

    private record Row(String id, TextField name, TextField role, TextField group, HBox box) {
    }

    /** Owned by the window that shows it ({@code DialogService.showDialog}). */
    public DetailsDialog(WorkbookDetails current) {
        this(null, current);
    }

    public DetailsDialog(Window owner, WorkbookDetails current) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Workbook details");
        setHeaderText("Workbook details");
        client.setText(current.client());
        facilitator.setText(current.facilitator());
        date.valueProperty().set(current.date());
        people.setId("participantRows");
        current.participants().forEach(p -> addRow(p.id(), p.name(), p.role(), p.group()));
        Button add = new Button("_Add participant");
        add.setId("addParticipantButton");
        add.setOnAction(e -> addRow(null, "", "", ""));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Client"), client);
        grid.addRow(1, new Label("Facilitator"), facilitator);
        grid.addRow(2, new Label("Workshop date"), date);
        VBox content = new VBox(8, grid, new Label("Participants (name, role, group — e.g. Leadership, Front line)"), people, add);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("detailsOkButton");
        setResultConverter(button -> button == ButtonType.OK ? result() : null);
    }

    private void addRow(String id, String name, String role, String group) {
        int index = rows.size();
        TextField nameField = field("participantName-" + index, "Participant name");
        nameField.setText(name);
        TextField roleField = field("participantRole-" + index, "Participant role");
        roleField.setText(role);
        TextField groupField = field("participantGroup-" + index, "Participant group (blank: by role)");
        groupField.setText(group == null ? "" : group);
        Button remove = new Button("Remove");
        remove.setId("removeParticipant-" + index);
        remove.setAccessibleText("Remove participant");
        HBox box = new HBox(6, nameField, roleField, groupField, remove);
        Row row = new Row(id, nameField, roleField, groupField, box);
        remove.setOnAction(e -> {
            rows.remove(row);
            people.getChildren().remove(box);
        });
        rows.add(row);
        people.getChildren().add(box);
    }

    private WorkbookDetails result() {
        // OK may be pressed with the date still being typed: take it (a bad text keeps the old date)
        date.commitTyped();
        List<WorkbookDetails.Person> persons = rows.stream()
                .filter(r -> !r.name().getText().isBlank() || !r.role().getText().isBlank() || !r.group().getText().isBlank())
                .map(r -> new WorkbookDetails.Person(r.id(), r.name().getText().strip(), r.role().getText().strip(),
                        r.group().getText().strip()))
                .toList();
        return new WorkbookDetails(client.getText(), facilitator.getText(), date.valueProperty().get(), persons);
    }

    private static TextField field(String id, String accessible) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessible);
        field.setPromptText(accessible);
        return field;
    }
}
