package com.cxworkbook.ui;

import com.cxworkbook.ui.assessment.AddAssessment;
import com.cxworkbook.ui.edit.EditMenu;
import com.cxworkbook.ui.export.ExportControls;
import com.cxworkbook.ui.export.ExportViewModel;
import com.cxworkbook.ui.export.FileOpener;
import com.cxworkbook.ui.framework.FrameworkListView;
import com.cxworkbook.ui.framework.FrameworkOverviewView;
import com.cxworkbook.ui.workbook.AssessmentListView;
import com.cxworkbook.ui.workbook.AssessmentWorkspace;
import javafx.beans.binding.Bindings;
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
 */
public class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final MenuBar menuBar = new MenuBar();
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu workshopMenu = new Menu("_Workshop");
    private final StackPane centre = new StackPane();

    public MainView(MainViewModel viewModel, Runnable quit) {
        this.viewModel = viewModel;
        setId("mainView");
        getStyleClass().add("main-view");

        MenuItem quitItem = new MenuItem("_Quit");
        quitItem.setId("quitMenuItem");
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> quit.run());
        fileMenu.setId("fileMenu");
        ExportControls export = new ExportControls(new ExportViewModel(viewModel.sessionProperty(), this::dialogs,
                ExportControls.backgroundThread(), javafx.application.Platform::runLater, FileOpener.desktop()));
        fileMenu.getItems().addAll(export.menuItem(), new SeparatorMenuItem(), quitItem);
        viewMenu.setId("viewMenu");
        workshopMenu.setId("workshopMenu");
        menuBar.getMenus().addAll(fileMenu, new EditMenu(Bindings.createObjectBinding(() ->
                viewModel.sessionProperty().get() == null ? null : viewModel.sessionProperty().get().history(),
                viewModel.sessionProperty())), viewMenu, workshopMenu, workbookMenu());
        viewMenu.getItems().add(projectorModeItem());
        setTop(menuBar);

        Label client = new Label();
        client.setId("clientLine");
        client.setWrapText(true);
        client.getStyleClass().add("client-line");
        client.textProperty().bind(viewModel.clientLineProperty());
        Label assessmentsHeading = heading("Assessments");
        AssessmentListView assessments = new AssessmentListView();
        assessments.setPrefHeight(180);
        assessments.show(viewModel.assessments());
        viewModel.sessionProperty().addListener((obs, old, session) -> assessments.show(viewModel.assessments()));
        assessments.getSelectionModel().selectedItemProperty().addListener((obs, old, model) ->
                viewModel.selectedAssessmentProperty().set(model));
        viewModel.selectedAssessmentProperty().addListener((obs, old, model) -> {
            if (model != null) {
                assessments.getSelectionModel().select(model);
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
                assessments.getSelectionModel().clearSelection();
            }
        });
        viewModel.selectedFrameworkProperty().addListener((obs, old, row) -> frameworks.getSelectionModel().select(row));
        VBox.setVgrow(frameworks, Priority.ALWAYS);
        VBox left = new VBox(6, client, assessmentsHeading, assessments, addAssessment, frameworksHeading, frameworks);
        left.setPadding(new Insets(8));
        left.setId("outline");
        left.setMinWidth(240);

        FrameworkOverviewView overview = new FrameworkOverviewView(viewModel.overviewProperty());
        centre.getChildren().add(overview);
        // The centre shows the selected assessment's workspace, or the framework overview when a library
        // framework is picked; picking one clears the other selection.
        viewModel.selectedAssessmentProperty().addListener((obs, old, model) -> {
            if (model == null) {
                centre.getChildren().set(0, overview);
            } else {
                frameworks.getSelectionModel().clearSelection();
                centre.getChildren().set(0, new AssessmentWorkspace(model, viewModel.sessionProperty().get()));
            }
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loadingIndicator");
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.setMaxSize(64, 64);
        centre.getChildren().add(progress);

        SplitPane split = new SplitPane(left, centre);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);

        Label status = new Label();
        status.setId("statusLine");
        status.getStyleClass().add("status-line");
        viewModel.problems().addListener((javafx.collections.ListChangeListener<Object>) c ->
                status.setText(viewModel.problems().isEmpty() ? ""
                        : viewModel.problems().size() + " framework file(s) could not be loaded: "
                        + String.join("; ", viewModel.problemMessages())));
        setBottom(new VBox(export.bar(), status));
    }

    private Menu workbookMenu() {
        MenuItem add = new MenuItem("_Add assessment…");
        add.setId("addAssessmentMenuItem");
        add.disableProperty().bind(viewModel.sessionProperty().isNull());
        add.setOnAction(e -> addAssessment());
        Menu menu = new Menu("_Workbook", null, add);
        menu.setId("workbookMenu");
        return menu;
    }

    private void addAssessment() {
        new AddAssessment(viewModel).run(dialogs());
    }

    private DialogService dialogs() {
        return new FxDialogService(getScene() == null ? null : getScene().getWindow());
    }

    private CheckMenuItem projectorModeItem() {
        CheckMenuItem item = new CheckMenuItem("_Projector mode");
        item.setId("projectorModeMenuItem");
        item.setAccelerator(KeyCombination.keyCombination("F11"));
        item.selectedProperty().bindBidirectional(viewModel.projectorModeProperty());
        viewModel.projectorModeProperty().addListener((obs, was, on) -> projector(on));
        projector(viewModel.projectorModeProperty().get());
        return item;
    }

    /** The style class goes on this view, the scene's root, so app.css can scale every font from there. */
    private void projector(boolean on) {
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

    public Menu fileMenu() { return fileMenu; }
    public Menu viewMenu() { return viewMenu; }
    public Menu workshopMenu() { return workshopMenu; }
    public StackPane centre() { return centre; }
    public MainViewModel viewModel() { return viewModel; }
}
