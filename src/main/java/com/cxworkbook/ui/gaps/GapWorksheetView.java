package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Priority;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The gap worksheet tab: toolbar (suggest, filters, sort, matrix toggle), the table with its fixed TOTAL
 * row underneath, and a message line. Binds to {@link GapWorksheetViewModel}; no logic of its own.
 */
public class GapWorksheetView extends BorderPane {

    /** Sort choices of {@code #sortChoice}: a column and a direction, or none for framework order. */
    private record SortChoice(String label, GapColumn column, TableColumn.SortType type) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final GapWorksheetViewModel viewModel;
    private final GapTable table;

    public GapWorksheetView(GapWorksheetViewModel viewModel) {
        this.viewModel = viewModel;
        this.table = new GapTable(viewModel);
        setId("gapWorksheet");
        getStyleClass().add("gap-worksheet");
        getStylesheets()
                .add(Objects.requireNonNull(
                                GapWorksheetView.class.getResource("/com/cxworkbook/ui/gaps/gaps.css"),
                                "gaps.css is missing from the application")
                        .toExternalForm());

        VBox worksheet = new VBox(table, totals());
        worksheet.setId("worksheetPane");
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        PriorityMatrixView matrix = new PriorityMatrixView(viewModel);
        ToggleButton matrixToggle = new ToggleButton("Priority matrix");
        matrixToggle.setId("matrixToggle");
        matrixToggle.setTooltip(new Tooltip("Show the activities by priority (or gap size) and effort"));
        matrix.visibleProperty().bind(matrixToggle.selectedProperty());
        worksheet.visibleProperty().bind(matrixToggle.selectedProperty().not());
        setCenter(new StackPane(worksheet, matrix));
        setTop(toolbar(matrixToggle));

        Label message = new Label();
        message.setId("gapMessage");
        message.setWrapText(true);
        message.getStyleClass().add("gap-message");
        message.textProperty().bind(viewModel.messageProperty());
        setBottom(message);
        setPadding(new Insets(6));
    }

    private FlowPane toolbar(ToggleButton matrixToggle) {
        Button suggest = new Button("Suggest actions");
        suggest.setId("suggestActionsButton");
        suggest.setTooltip(new Tooltip("Fill empty Action cells with the framework's recommended actions for the "
                + "next stage of each activity; undo takes them back"));
        suggest.setOnAction(e -> viewModel.suggestActions());

        ToggleButton bigGaps = new ToggleButton("Only gaps ≥ " + GapWorksheetViewModel.BIG_GAP);
        bigGaps.setId("bigGapsOnlyToggle");
        bigGaps.selectedProperty().bindBidirectional(viewModel.bigGapsOnlyProperty());

        ComboBox<SortChoice> sort = new ComboBox<>();
        sort.setId("sortChoice");
        sort.setAccessibleText("Sort by");
        sort.getItems()
                .setAll(
                        new SortChoice("Framework order", null, null),
                        new SortChoice("Rank", GapColumn.RANK, TableColumn.SortType.ASCENDING),
                        new SortChoice("Largest gap first", GapColumn.GAP, TableColumn.SortType.DESCENDING),
                        new SortChoice("Priority (High first)", GapColumn.PRIORITY, TableColumn.SortType.ASCENDING),
                        new SortChoice("Effort (Low first)", GapColumn.EFFORT, TableColumn.SortType.ASCENDING),
                        new SortChoice("Type of initiative", GapColumn.INITIATIVE, TableColumn.SortType.ASCENDING));
        sort.getSelectionModel().selectFirst();
        sort.valueProperty().addListener((obs, old, choice) -> {
            if (choice == null || choice.column() == null) {
                table.getSortOrder().clear();
            } else {
                TableColumn<GapRowViewModel, ?> column = table.column(choice.column());
                column.setSortType(choice.type());
                table.getSortOrder().setAll(List.of(column));
            }
        });

        Label warnings = new Label();
        warnings.setId("gapWarningsSummary");
        warnings.getStyleClass().add("gap-warnings-summary");
        warnings.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            int count = viewModel.warningCountProperty().get();
                            return count == 0
                                    ? ""
                                    : "⚠ " + count + " warning" + (count == 1 ? "" : "s") + " (see the Check column)";
                        },
                        viewModel.warningCountProperty()));

        FlowPane bar = new FlowPane(
                8,
                6,
                suggest,
                new Separator(Orientation.VERTICAL),
                bigGaps,
                filter(
                        "priorityFilter",
                        "Any priority",
                        Priority.values(),
                        Priority::label,
                        viewModel.priorityFilterProperty()),
                filter("effortFilter", "Any effort", Effort.values(), Effort::label, viewModel.effortFilterProperty()),
                filter(
                        "initiativeFilter",
                        "Any initiative",
                        InitiativeType.values(),
                        InitiativeType::label,
                        viewModel.initiativeFilterProperty()),
                new Label("Sort:"),
                sort,
                new Separator(Orientation.VERTICAL),
                matrixToggle,
                warnings);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        bar.getStyleClass().add("gap-toolbar");
        return bar;
    }

    private static <E> ComboBox<ChoiceEditCell.Choice<E>> filter(
            String id, String any, E[] values, Function<E, String> label, ObjectProperty<E> property) {
        ComboBox<ChoiceEditCell.Choice<E>> combo = new ComboBox<>();
        combo.setId(id);
        combo.setAccessibleText(any.replace("Any ", "Filter by "));
        combo.getItems().add(new ChoiceEditCell.Choice<>(null, any));
        Arrays.stream(values).forEach(v -> combo.getItems().add(new ChoiceEditCell.Choice<>(v, label.apply(v))));
        combo.getSelectionModel().selectFirst();
        combo.valueProperty().addListener((obs, old, choice) -> property.set(choice == null ? null : choice.value()));
        property.addListener((obs, old, value) -> combo.getItems().stream()
                .filter(c -> Objects.equals(c.value(), value))
                .findFirst()
                .ifPresent(combo::setValue));
        return combo;
    }

    /** The TOTAL row, outside the table so it stays in view while the rows scroll; aligned with the columns. */
    private HBox totals() {
        Label title = cell("TOTAL", "totalLabel");
        title.prefWidthProperty().bind(widths(GapColumn.RANK, GapColumn.SECTION, GapColumn.ACTIVITY));
        Label rating = cell("", "totalRating");
        rating.textProperty().bind(viewModel.totalRatingProperty().asString());
        rating.prefWidthProperty().bind(widths(GapColumn.RATING));
        Label gap = cell("", "totalGap");
        gap.textProperty().bind(viewModel.totalGapProperty().asString());
        gap.prefWidthProperty().bind(widths(GapColumn.GAP));
        Label stage = cell("", "totalStage");
        stage.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "of " + viewModel.maxTotal() + " points · Stage: "
                                + viewModel.stageTextProperty().get(),
                        viewModel.stageTextProperty()));
        // The numbers keep their width however narrow the window: only the stage text gives way (and wraps)
        for (Label fixed : List.of(title, rating, gap)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        stage.setWrapText(true);
        stage.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(stage, javafx.scene.layout.Priority.ALWAYS);
        HBox totals = new HBox(title, rating, gap, stage);
        totals.setId("gapTotals");
        totals.getStyleClass().add("gap-totals");
        totals.setAccessibleText("Worksheet totals");
        return totals;
    }

    private static Label cell(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setMinWidth(0);
        label.getStyleClass().add("gap-total-cell");
        return label;
    }

    private DoubleBinding widths(GapColumn... columns) {
        DoubleBinding sum = Bindings.createDoubleBinding(() -> 0.0);
        for (GapColumn column : columns) {
            sum = sum.add(table.column(column).widthProperty());
        }
        return sum;
    }

    GapTable table() {
        return table;
    }
}
