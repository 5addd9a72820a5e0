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
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.text.TextAlignment;

/**
 * The worksheet table ({@code #gapTable}): one column per {@link GapColumn}, inline editors that keep
 * the typed value on focus loss, spreadsheet copy/paste, Delete to clear, drag-and-drop (or Alt+Up/Down)
 * ranking. All changes go through the {@link GapWorksheetViewModel}.
 */
class GapTable extends TableView<GapRowViewModel> {

    private static final DataFormat DRAGGED_ROW = new DataFormat("application/x-cxworkbook-gap-row");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RANK_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination RANK_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final GapWorksheetViewModel viewModel;
    private final FrozenColumns frozen;

    GapTable(GapWorksheetViewModel viewModel) {
        this.viewModel = viewModel;
        setId("gapTable");
        setAccessibleText("Gap analysis worksheet of " + viewModel.title());
        setEditable(true);
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new Label("No activity matches the filters."));
        // the room can hide columns it does not use (rank, section, check) to give Actions the width
        setTableMenuButtonVisible(true);
        // Fill the width while every column fits at its minimum; past that, scroll sideways rather than
        // hide columns (the built-in constrained policies also hide the horizontal scroll bar).
        setColumnResizePolicy(features -> {
            double needed = getVisibleLeafColumns().stream()
                            .mapToDouble(TableColumn::getMinWidth)
                            .sum()
                    + 20;
            return getWidth() >= needed
                    ? TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS.call(features)
                    : TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        });

        SortedList<GapRowViewModel> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        viewModel.rowsRevisionProperty().addListener(obs -> resortIfNeeded(sorted));

        getColumns()
                .addAll(List.<TableColumn<GapRowViewModel, ?>>of(
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
                        warningsColumn()));

        // Activity, Current and Gap (and what leads them) stay in view while the table scrolls sideways
        frozen = new FrozenColumns(this, getColumns().subList(0, getColumns().indexOf(column(GapColumn.GAP)) + 1));
        setRowFactory(table -> row());
        // the table scrolls to the focused cell, so an edit is never typed blind
        getFocusModel().focusedCellProperty().addListener((obs, old, cell) -> {
            if (cell != null && cell.getRow() >= 0) {
                frozen.revealRow(cell.getRow());
                frozen.reveal(cell.getTableColumn());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // section names show only where a section starts in the shown order: the rows' own properties say
        // where, so a sort, filter or rating restyles the rows that changed rather than refreshing the table
        sorted.addListener((ListChangeListener<GapRowViewModel>) c -> GapRowViewModel.markSectionStarts(sorted));
        GapRowViewModel.markSectionStarts(sorted);
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

    private TableRow<GapRowViewModel> row() {
        GapTableRow row = new GapTableRow(frozen);
        row.setOnDragDetected(e -> {
            if (row.isEmpty() || getEditingCell() != null) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.put(DRAGGED_ROW, row.getItem().itemId());
            row.startDragAndDrop(TransferMode.MOVE).setContent(content);
            e.consume();
        });
        row.setOnDragOver(e -> {
            if (!row.isEmpty() && e.getDragboard().hasContent(DRAGGED_ROW)) {
                e.acceptTransferModes(TransferMode.MOVE);
                row.pseudoClassStateChanged(DROP_TARGET, true);
                e.consume();
            }
        });
        row.setOnDragExited(e -> row.pseudoClassStateChanged(DROP_TARGET, false));
        row.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(DRAGGED_ROW);
            GapRowViewModel moved = find(id);
            boolean done = moved != null && !row.isEmpty();
            if (done) {
                viewModel.moveRank(moved, row.getItem());
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return row;
    }

    private GapRowViewModel find(Object itemId) {
        return viewModel.rows().stream()
                .filter(r -> r.itemId().equals(itemId))
                .findFirst()
                .orElse(null);
    }

    private void keyPressed(KeyEvent e) {
        if (getEditingCell() != null) {
            return;
        }
        TablePosition<GapRowViewModel, ?> focus = getFocusModel().getFocusedCell();
        GapRowViewModel row =
                focus == null || focus.getRow() < 0 ? null : getItems().get(focus.getRow());
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && row != null) {
            // like a spreadsheet: Tab moves across the row (Shift+Tab back), wrapping to the next or
            // previous row; it never leaves the table while a row is focused (Ctrl+Tab does)
            moveAcross(focus.getRow(), getVisibleLeafIndex(focus.getTableColumn()), e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (COPY.match(e)) {
            copy();
            e.consume();
        } else if (PASTE.match(e) && row != null) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                viewModel.paste(
                        text,
                        List.copyOf(
                                getItems().subList(focus.getRow(), getItems().size())),
                        kind(focus.getTableColumn()),
                        columnOrder());
            }
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && row != null) {
            viewModel.clear(selectedRows(), selectedColumns());
            e.consume();
        } else if (RANK_UP.match(e) && row != null) {
            viewModel.moveRankBy(row, -1);
            e.consume();
        } else if (RANK_DOWN.match(e) && row != null) {
            viewModel.moveRankBy(row, 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER
                && row != null
                && focus.getTableColumn() != null
                && kind(focus.getTableColumn()).editable()) {
            edit(focus.getRow(), focus.getTableColumn());
            e.consume();
        }
    }

    /**
     * The rows change in place (an edit, a new rank), which a SortedList does not notice: when the shown
     * order no longer follows the sort, sort again (a comparator change: a permutation, not a replaced
     * list). The table's own handling of a permutation keeps the rows but, with cell selection, not the
     * columns (the focus ends in the last column), so the selected and focused cells are put back by row
     * and column.
     */
    private void resortIfNeeded(SortedList<GapRowViewModel> sorted) {
        Comparator<GapRowViewModel> order = getComparator();
        if (order == null || inOrder(sorted, order)) {
            return;
        }
        TablePosition<GapRowViewModel, ?> focus = getFocusModel().getFocusedCell();
        GapRowViewModel focusedRow =
                focus == null || focus.getRow() < 0 ? null : getItems().get(focus.getRow());
        TableColumn<GapRowViewModel, ?> focusedColumn = focus == null ? null : focus.getTableColumn();
        List<ShownCell> selected = getSelectionModel().getSelectedCells().stream()
                .filter(p -> p.getRow() >= 0 && p.getRow() < getItems().size())
                .map(p -> new ShownCell(getItems().get(p.getRow()), p.getTableColumn()))
                .toList();
        sorted.comparatorProperty().unbind();
        sorted.setComparator(order::compare);
        sorted.comparatorProperty().bind(comparatorProperty());
        getSelectionModel().clearSelection();
        for (ShownCell cell : selected) {
            getSelectionModel().select(getItems().indexOf(cell.row()), cell.column());
        }
        if (focusedRow != null) {
            getFocusModel().focus(getItems().indexOf(focusedRow), focusedColumn);
        }
    }

    /** A cell by its row's model rather than its index, which a sort changes. */
    private record ShownCell(GapRowViewModel row, TableColumn<GapRowViewModel, ?> column) {}

    private static boolean inOrder(List<GapRowViewModel> rows, Comparator<GapRowViewModel> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Moves the focused cell one column across, wrapping at the ends of a row. */
    void moveAcross(int row, int column, int step) {
        int columns = getVisibleLeafColumns().size();
        int next = column + step;
        if (next >= columns && row < getItems().size() - 1) {
            row++;
            next = 0;
        } else if (next < 0 && row > 0) {
            row--;
            next = columns - 1;
        }
        focusCell(row, Math.max(0, Math.min(columns - 1, next)));
    }

    /** Selects and focuses one cell and puts the keyboard on the table. */
    void focusCell(int row, int column) {
        TableColumn<GapRowViewModel, ?> target = getVisibleLeafColumn(column);
        getSelectionModel().clearAndSelect(row, target);
        getFocusModel().focus(row, target);
        requestFocus();
    }

    /** Copies the selected cells' bounding rectangle, as spreadsheets expect a rectangle. */
    void copy() {
        List<GapRowViewModel> rows = selectedRows();
        List<GapColumn> columns = selectedColumns();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.copy(rows, columns));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private List<GapRowViewModel> selectedRows() {
        return getSelectionModel().getSelectedCells().stream()
                .map(TablePosition::getRow)
                .distinct()
                .sorted()
                .map(getItems()::get)
                .toList();
    }

    private List<GapColumn> selectedColumns() {
        List<GapColumn> order = columnOrder();
        return getSelectionModel().getSelectedCells().stream()
                .map(p -> kind(p.getTableColumn()))
                .distinct()
                .sorted(Comparator.comparingInt(order::indexOf))
                .toList();
    }

    /** Columns as shown (the user may have dragged them around). */
    List<GapColumn> columnOrder() {
        return getVisibleLeafColumns().stream().map(GapTable::kind).toList();
    }

    static GapColumn kind(TableColumn<?, ?> column) {
        return (GapColumn) column.getUserData();
    }

    TableColumn<GapRowViewModel, ?> column(GapColumn kind) {
        return getColumns().stream()
                .filter(c -> c.getUserData() == kind)
                .findFirst()
                .orElseThrow();
    }
}
