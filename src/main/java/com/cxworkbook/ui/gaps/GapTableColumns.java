package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.ui.gaps.GapRowViewModel.SectionHead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.TextAlignment;

/**
 * The gap table's columns, one per {@link GapColumn} in the worksheet's order: a wrapping head with the
 * toolkit's full heading as tooltip, the cell factory (read-only, choice, text or date editor, each handing
 * its value to the {@link GapWorksheetViewModel}) and the sort order.
 */
final class GapTableColumns {

    private final GapWorksheetViewModel viewModel;

    private GapTableColumns(GapWorksheetViewModel viewModel) {
        this.viewModel = viewModel;
    }

    static List<TableColumn<GapRowViewModel, ?>> all(GapWorksheetViewModel viewModel) {
        return new GapTableColumns(viewModel).all();
    }

    private List<TableColumn<GapRowViewModel, ?>> all() {
        return List.<TableColumn<GapRowViewModel, ?>>of(
                this.<Integer>readOnly(
                        GapColumn.RANK,
                        r -> r.rankProperty().asObject(),
                        rank -> rank == 0 ? "" : rank.toString(),
                        Comparator.comparingInt((Integer rank) -> rank == 0 ? Integer.MAX_VALUE : rank),
                        34),
                sectionColumn(),
                activityColumn(),
                ratingColumn(),
                this.<Integer>readOnly(
                        GapColumn.GAP,
                        GapRowViewModel::gapProperty,
                        gap -> gap == null ? "" : gap.toString(),
                        Comparator.nullsFirst(Comparator.<Integer>naturalOrder()),
                        48),
                this.<Integer>readOnly(
                        GapColumn.GAP_TO_TARGET,
                        GapRowViewModel::gapToTargetProperty,
                        gap -> gap == null ? "" : gap.toString(),
                        Comparator.nullsFirst(Comparator.<Integer>naturalOrder()),
                        56),
                choice(
                        GapColumn.PRIORITY,
                        GapRowViewModel::priorityProperty,
                        Priority.values(),
                        Priority::label,
                        GapField.PRIORITY,
                        80),
                choice(
                        GapColumn.EFFORT,
                        GapRowViewModel::effortProperty,
                        Effort.values(),
                        Effort::label,
                        GapField.EFFORT,
                        80),
                choice(
                        GapColumn.INITIATIVE,
                        GapRowViewModel::initiativeProperty,
                        InitiativeType.values(),
                        InitiativeType::label,
                        GapField.INITIATIVE,
                        110),
                text(GapColumn.ACTIONS, GapRowViewModel::actionsProperty, true, GapField.ACTIONS, 260),
                text(GapColumn.OWNER, GapRowViewModel::ownerProperty, false, GapField.OWNER, 96),
                dateColumn(),
                choice(
                        GapColumn.STATUS,
                        GapRowViewModel::statusProperty,
                        GapStatus.values(),
                        GapStatus::label,
                        GapField.STATUS,
                        104),
                warningsColumn());
    }

    private <T> TableColumn<GapRowViewModel, T> column(
            GapColumn kind, Function<GapRowViewModel, ObservableValue<T>> value, double width) {
        TableColumn<GapRowViewModel, T> column = new TableColumn<>();
        // a wrapping label keeps narrow heads readable; the toolkit's full heading is the tooltip
        Label head = new Label(kind.shortHeader());
        head.setId(kind.id() + "Header");
        head.setWrapText(true);
        head.setTextAlignment(TextAlignment.CENTER);
        head.setTooltip(new Tooltip(kind.header()));
        head.setAccessibleText(kind.header());
        column.setGraphic(head);
        column.setId(kind.id() + "Column");
        column.setUserData(kind);
        column.setCellValueFactory(features -> value.apply(features.getValue()));
        column.setPrefWidth(width);
        // The constrained policy would squeeze every column until heads and values break mid-word
        // ("Curren t…", "Medi…"); only the two long-text columns may give up width, and when even that
        // is not enough the table scrolls sideways instead.
        column.setMinWidth(kind == GapColumn.ACTIONS ? 140 : kind == GapColumn.ACTIVITY ? 120 : width);
        column.setEditable(kind.editable());
        // the cells already delivered the value to the view model; the default handler would try to write
        // the read-only property
        column.setOnEditCommit(e -> {});
        return column;
    }

    private <T> TableColumn<GapRowViewModel, T> readOnly(
            GapColumn kind,
            Function<GapRowViewModel, ObservableValue<T>> value,
            Function<T, String> format,
            Comparator<T> order,
            double width) {
        TableColumn<GapRowViewModel, T> column = column(kind, value, width);
        column.setCellFactory(c -> new ReadOnlyCell<>(kind, format));
        column.setComparator(order);
        return column;
    }

    private TableColumn<GapRowViewModel, String> activityColumn() {
        TableColumn<GapRowViewModel, String> column =
                column(GapColumn.ACTIVITY, r -> new ReadOnlyStringWrapper(r.activity()), 150);
        column.setCellFactory(c -> new ReadOnlyCell<>(GapColumn.ACTIVITY, s -> s) {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                if (!empty && value != null) {
                    Wrapped.show(this, value);
                } else {
                    setGraphic(null);
                }
            }
        });
        column.setComparator(Comparator.naturalOrder());
        return column;
    }

    private TableColumn<GapRowViewModel, SectionHead> sectionColumn() {
        TableColumn<GapRowViewModel, SectionHead> column =
                column(GapColumn.SECTION, GapRowViewModel::sectionHeadProperty, 124);
        column.setCellFactory(c -> new ReadOnlyCell.SectionCell());
        column.setComparator(Comparator.naturalOrder());
        return column;
    }

    private TableColumn<GapRowViewModel, List<String>> warningsColumn() {
        TableColumn<GapRowViewModel, List<String>> column =
                column(GapColumn.WARNINGS, GapRowViewModel::warningsProperty, 64);
        column.setCellFactory(c -> new ReadOnlyCell.WarningCell());
        column.setComparator(Comparator.comparingInt(List::size));
        return column;
    }

    private TableColumn<GapRowViewModel, Rating> ratingColumn() {
        Scale scale = viewModel.scale();
        List<Rating> values =
                new ArrayList<>(scale.values().stream().map(Rating::of).toList());
        if (scale.allowNotApplicable()) {
            values.add(Rating.NOT_APPLICABLE);
        }
        TableColumn<GapRowViewModel, Rating> column = column(GapColumn.RATING, GapRowViewModel::ratingProperty, 72);
        column.setCellFactory(c ->
                new ChoiceEditCell<>(
                        GapColumn.RATING,
                        values,
                        rating -> rating.isNotApplicable()
                                ? "N/A"
                                : rating.value()
                                        + (scale.hasLabel(rating.value()) ? " – " + scale.label(rating.value()) : ""),
                        GapText.UNRATED + " not rated",
                        viewModel::setRating) {
                    @Override
                    protected void decorate(Rating value) {
                        setText(value == null ? GapText.UNRATED : value.toString());
                    }
                });
        column.setComparator(Comparator.nullsFirst(
                Comparator.comparingInt((Rating r) -> r.isNotApplicable() ? Integer.MIN_VALUE : r.value())));
        return column;
    }

    private <E extends Enum<E>> TableColumn<GapRowViewModel, E> choice(
            GapColumn kind,
            Function<GapRowViewModel, ObservableValue<E>> value,
            E[] values,
            Function<E, String> label,
            GapField<E> field,
            double width) {
        TableColumn<GapRowViewModel, E> column = column(kind, value, width);
        column.setCellFactory(c ->
                new ChoiceEditCell<E>(
                        kind, Arrays.asList(values), label, "(none)", (row, v) -> viewModel.set(row, field, v)) {
                    @Override
                    protected void decorate(E v) {
                        getStyleClass().removeIf(s -> s.startsWith("value-"));
                        if (v != null) {
                            getStyleClass().add("value-" + v.name().toLowerCase());
                        }
                    }
                });
        // enum order is the worksheet's (High before Low for priority, Low before High for effort)
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return column;
    }

    private TableColumn<GapRowViewModel, String> text(
            GapColumn kind,
            Function<GapRowViewModel, ObservableValue<String>> value,
            boolean multiLine,
            GapField<String> field,
            double width) {
        TableColumn<GapRowViewModel, String> column = column(kind, value, width);
        column.setCellFactory(c -> new TextEditCell(kind, multiLine, (row, v) -> viewModel.set(row, field, v)));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return column;
    }

    private TableColumn<GapRowViewModel, LocalDate> dateColumn() {
        TableColumn<GapRowViewModel, LocalDate> column =
                column(GapColumn.TARGET_DATE, GapRowViewModel::targetDateProperty, 96);
        column.setCellFactory(c ->
                new DateEditCell((row, v) -> viewModel.set(row, GapField.TARGET_DATE, v), viewModel::reportProblem));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return column;
    }
}
