package com.cxworkbook.ui.main;

import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.FxDialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.assessment.AddAssessment;
import com.cxworkbook.ui.assessment.AssessmentWorkspace;
import com.cxworkbook.ui.edit.EditMenu;
import com.cxworkbook.ui.export.ExportControls;
import com.cxworkbook.ui.export.ExportViewModel;
import com.cxworkbook.ui.export.FileOpener;
import com.cxworkbook.ui.framework.FrameworkListView;
import com.cxworkbook.ui.framework.FrameworkOverviewView;
import com.cxworkbook.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: menu bar on top, the workbook outline and framework library on the left, the selected
 * item in the centre. Binds to {@link MainViewModel} and holds no logic of its own.
 *
 * <p>It is a little over 300 lines because it is where the window's parts meet: the outline, the centre,
 * the room view (which hides the outline and the menu bar) and the menus that switch them. The menus that
 * act on the workbook ({@link WorkbookMenu}, {@link ImportGapsMenuItem}, {@link AssessmentActions}) live in
 * their own classes; what stays here changes the window's own layout.
 */
public class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final MenuBar menuBar = new MenuBar();
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu workshopMenu = new Menu("_Workshop");
    private final StackPane centre = new StackPane();
    private final SplitPane split = new SplitPane();
    private final VBox left = new VBox(6);
    private final BooleanProperty outlineShown = new SimpleBooleanProperty(this, "outlineShown", true);
    private final HomeView home;
    private final AssessmentActions actions;
    private final PreparedWorkspace prepared;
    private FrameworkOverviewView overview;

    public MainView(MainViewModel viewModel, Runnable quit) {
        this.viewModel = viewModel;
        this.home = new HomeView(viewModel);
        this.actions = new AssessmentActions(viewModel, this::dialogs);
        this.prepared = new PreparedWorkspace(centre, viewModel);
        setId("mainView");
        getStyleClass().add("main-view");
        ExportControls export = menus(quit);
        outline();
        wireCentre();
        split.getItems().setAll(left, centre);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
        outlineShown.addListener((obs, was, shown) -> layOutSides());
        statusLine(export);
    }

    /** The menu bar; the File menu starts with Export and Quit (the file features add theirs on top). */
    private ExportControls menus(Runnable quit) {
        MenuItem quitItem = new MenuItem("_Quit");
        quitItem.setId("quitMenuItem");
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> quit.run());
        fileMenu.setId("fileMenu");
        ExportControls export = exportControls();
        fileMenu.getItems()
                .addAll(
                        export.menuItem(),
                        export.summaryItem(),
                        ImportGapsMenuItem.create(viewModel, this::dialogs),
                        new SeparatorMenuItem(),
                        quitItem);
        viewMenu.setId("viewMenu");
        workshopMenu.setId("workshopMenu");
        menuBar.getMenus()
                .addAll(
                        fileMenu,
                        new EditMenu(Bindings.createObjectBinding(
                                () -> viewModel.sessionProperty().get() == null
                                        ? null
                                        : viewModel.sessionProperty().get().history(),
                                viewModel.sessionProperty())),
                        viewMenu,
                        workshopMenu,
                        new WorkbookMenu(viewModel, actions, this::dialogs).menu());
        viewMenu.getItems().addAll(outlineItem(), projectorModeItem());
        setTop(menuBar);
        return export;
    }

    /** The left side: the client line, the workbook's assessments and the framework library. */
    private VBox outline() {
        Label client = new Label();
        client.setId("clientLine");
        client.setWrapText(true);
        client.getStyleClass().add("client-line");
        client.textProperty().bind(viewModel.clientLineProperty());
        Label assessmentsHeading = heading("Assessments");
        AssessmentListView assessments = new AssessmentListView();
        assessments.setPrefHeight(6 * 42 + 4);
        assessments.show(viewModel.assessments());
        actions.attachTo(assessments);
        viewModel.sessionProperty().addListener((obs, old, session) -> assessments.show(viewModel.assessments()));
        assessments.getSelectionModel().selectedItemProperty().addListener((obs, old, model) -> viewModel
                .selectedAssessmentProperty()
                .set(model));
        viewModel.selectedAssessmentProperty().addListener((obs, old, model) -> {
            if (model != null) {
                assessments.getSelectionModel().select(model);
            } else {
                assessments.getSelectionModel().clearSelection();
            }
        });
        Button addAssessment = new Button("Add assessment…");
        addAssessment.setId("addAssessmentButton");
        addAssessment.setAccessibleText("Add an assessment against another framework");
        addAssessment.disableProperty().bind(viewModel.sessionProperty().isNull());
        addAssessment.setOnAction(e -> addAssessment());
        Label frameworksHeading = heading("Framework library");
        FrameworkListView frameworks = new FrameworkListView(viewModel.frameworks());
        frameworks.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedFrameworkProperty().set(row);
            }
        });
        viewModel.selectedFrameworkProperty().addListener((obs, old, row) -> {
            if (row != null) {
                frameworks.getSelectionModel().select(row);
            } else {
                frameworks.getSelectionModel().clearSelection();
            }
        });
        VBox.setVgrow(frameworks, Priority.ALWAYS);
        left.getChildren()
                .addAll(client, assessmentsHeading, assessments, addAssessment, frameworksHeading, frameworks);
        left.setPadding(new Insets(8));
        left.setId("outline");
        left.setMinWidth(200);
        left.setPrefWidth(260);
        left.setMaxWidth(420);
        return left;
    }

    private ExportControls exportControls() {
        return new ExportControls(new ExportViewModel(
                viewModel.sessionProperty(),
                this::dialogs,
                TaskExecutor.parallel("xlsx-export"),
                FileOpener.desktop()));
    }

    /** The centre shows one thing: an assessment's workspace, a library framework or the workbook's home. */
    private void wireCentre() {
        // The centre shows the selected assessment's workspace, or the overview of a library framework, or
        // the workbook's home when neither is picked; picking one clears the other (MainViewModel).
        centre.getChildren().add(home);
        viewModel.selectedAssessmentProperty().addListener((obs, old, model) -> {
            if (model != null) {
                boolean fromHome = home.continueButton().isFocused();
                AssessmentWorkspace workspace = prepared.show(model);
                if (workspace == null) {
                    workspace = new AssessmentWorkspace(
                            model, viewModel.sessionProperty().get());
                    centre.getChildren().set(0, workspace);
                }
                roomForm();
                if (viewModel.pendingSection() != null) {
                    workspace.applyCss();
                    workspace.showSection(viewModel.pendingSection());
                } else if (fromHome) {
                    // the keyboard user who pressed Enter on the home goes on rating with digits; the
                    // tab's content joins the scene when the tab pane's skin is made, by the CSS pass
                    workspace.applyCss();
                    workspace.focusGrid();
                }
            } else if (viewModel.selectedFrameworkProperty().get() == null) {
                showHome();
            }
        });
        viewModel.selectedFrameworkProperty().addListener((obs, old, row) -> {
            if (row != null) {
                centre.getChildren().set(0, overview());
            } else if (viewModel.selectedAssessmentProperty().get() == null) {
                showHome();
            }
        });
        viewModel.sessionProperty().addListener((obs, old, session) -> home.refresh());
        // Only while loading: a hidden indicator would still be styled (and its skin built) for the first frame
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loadingIndicator");
        progress.setMaxSize(64, 64);
        viewModel.loadingProperty().addListener((obs, was, loading) -> showProgress(progress, loading));
        showProgress(progress, viewModel.loadingProperty().get());
    }

    private void statusLine(ExportControls export) {
        Label status = new Label();
        status.setId("statusLine");
        status.getStyleClass().add("status-line");
        viewModel.problems().addListener((ListChangeListener<Object>) c -> status.setText(
                viewModel.problems().isEmpty()
                        ? ""
                        : viewModel.problems().size() + " framework file(s) could not be loaded: "
                                + String.join("; ", viewModel.problemMessages())));
        setBottom(new VBox(export.bar(), status));
    }

    private void showHome() {
        home.refresh();
        centre.getChildren().set(0, home);
    }

    /** Built when a library framework is first picked: the start screen does not need it. */
    private FrameworkOverviewView overview() {
        if (overview == null) {
            overview = new FrameworkOverviewView(viewModel.overviewProperty());
        }
        return overview;
    }

    private void showProgress(ProgressIndicator progress, boolean loading) {
        if (loading && !centre.getChildren().contains(progress)) {
            centre.getChildren().add(progress);
        } else if (!loading) {
            centre.getChildren().remove(progress);
        }
    }

    private void addAssessment() {
        new AddAssessment(viewModel).run(dialogs());
    }

    private DialogService dialogs() {
        return new FxDialogService(getScene() == null ? null : getScene().getWindow());
    }

    /** The outline (workbook, assessments, library) can be hidden so the grid and its form get the width. */
    private CheckMenuItem outlineItem() {
        CheckMenuItem item = new CheckMenuItem("Show _outline");
        item.setId("outlineMenuItem");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        item.selectedProperty().bindBidirectional(outlineShown);
        return item;
    }

    /**
     * The room view shows only the centre: no menu bar and no outline (the window also goes full screen,
     * see App); leaving it puts back what the facilitator had.
     */
    private void layOutSides() {
        boolean room = viewModel.projectorModeProperty().get();
        menuBar.setVisible(!room);
        menuBar.setManaged(!room);
        boolean showLeft = outlineShown.get() && !room;
        if (showLeft && !split.getItems().contains(left)) {
            split.getItems().add(0, left);
            split.setDividerPositions(left.getPrefWidth() / Math.max(1, split.getWidth()));
        } else if (!showLeft) {
            split.getItems().remove(left);
        }
    }

    /** In the room view the grid gets the whole width (the form is hidden; "Show form" brings it back). */
    private void roomForm() {
        if (!centre.getChildren().isEmpty() && centre.getChildren().get(0) instanceof AssessmentWorkspace workspace) {
            workspace.hideForm(viewModel.projectorModeProperty().get());
        }
    }

    private CheckMenuItem projectorModeItem() {
        CheckMenuItem item = new CheckMenuItem("_Room view (projector, full screen)");
        item.setId("projectorModeMenuItem");
        item.setAccelerator(KeyCombination.keyCombination("F11"));
        item.selectedProperty().bindBidirectional(viewModel.projectorModeProperty());
        viewModel.projectorModeProperty().addListener((obs, was, on) -> projector(on));
        projector(viewModel.projectorModeProperty().get());
        return item;
    }

    /** The style class goes on this view, the scene's root, so app.css can scale every font from there. */
    private void projector(boolean on) {
        layOutSides();
        roomForm();
        if (on && !getStyleClass().contains("projector")) {
            getStyleClass().add("projector");
        } else if (!on) {
            getStyleClass().remove("projector");
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    public Menu fileMenu() {
        return fileMenu;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    public Menu workshopMenu() {
        return workshopMenu;
    }

    public StackPane centre() {
        return centre;
    }

    public MenuBar menuBar() {
        return menuBar;
    }
    /** Whether the outline is shown beside the centre (outside the room view). */
    public BooleanProperty outlineShownProperty() {
        return outlineShown;
    }
    /** The home screen's "Rate <first assessment>" button, e.g. to give it the keyboard focus at start. */
    public Button continueButton() {
        return home.continueButton();
    }

    /** Rename and delete of assessments (the app tells them where to report). */
    public AssessmentActions assessmentActions() {
        return actions;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }
}
