package com.cxworkbook.ui;

import com.cxworkbook.domain.SectionProfile;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.FrameworkLoadProblem;
import com.cxworkbook.ui.framework.FrameworkOverview;
import com.cxworkbook.ui.framework.FrameworkRow;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State of the main window: the framework library, the open workbook and what is selected.
 * Holds properties only, no Nodes, so it is tested without starting JavaFX.
 */
public class MainViewModel {

    private final ObservableList<FrameworkRow> frameworks = FXCollections.observableArrayList();
    private final ObservableList<FrameworkLoadProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<FrameworkRow> selectedFramework = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FrameworkOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WorkbookSession> session = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<AssessmentModel> selectedAssessment = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper workbookName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("CX Maturity Workbook");
    private final ReadOnlyStringWrapper clientLine = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final BooleanProperty projectorMode = new SimpleBooleanProperty(false);
    private FrameworkCatalog catalog;
    private String pendingSection;

    public MainViewModel() {
        selectedFramework.addListener((obs, old, row) -> {
            overview.set(
                    row == null ? null : FrameworkOverview.of(row.framework()).withOrigin(row.origin()));
            if (row != null) {
                selectedAssessment.set(null);
            }
        });
        // The centre shows one thing: an assessment, a library framework or (neither) the workbook's home
        selectedAssessment.addListener((obs, old, model) -> {
            if (model != null) {
                selectedFramework.set(null);
            }
        });
    }

    /** Called on the FX thread once the catalog (and a workbook, if any) has been loaded in the background. */
    public void loaded(FrameworkCatalog catalog, Workbook workbook, String workbookName) {
        loadedSession(catalog, workbook == null ? null : new WorkbookSession(workbook, catalog), workbookName);
    }

    /** The same with the workbook's session already made (off the FX thread, from the same catalog). */
    public void loadedSession(FrameworkCatalog catalog, WorkbookSession opened, String workbookName) {
        this.catalog = catalog;
        showLibrary(catalog);
        // Nothing is opened yet: the window comes up on the workbook's home (the outline and one "continue"
        // button), which is what lets the app start within a few tenths of a second of an empty window;
        // opening a grid builds and styles a hundred controls (docs/PERFORMANCE.md)
        openSession(opened, workbookName);
        loading.set(false);
    }

    /**
     * The library changed (a framework was imported): show the new catalog without reopening the workbook.
     * The open workbook's assessments keep the framework they were opened with; new ones can use the new ones.
     */
    public void refreshLibrary(FrameworkCatalog updated) {
        this.catalog = updated;
        showLibrary(updated);
        if (session.get() != null) {
            session.get().useLibrary(updated);
        }
    }

    private void showLibrary(FrameworkCatalog catalog) {
        frameworks.setAll(catalog.frameworks().stream()
                .map(f -> new FrameworkRow(f, catalog.origin(f)))
                .toList());
        problems.setAll(catalog.problems());
    }

    /** Shows a workbook (null closes it); its assessments become live models sharing one undo history. */
    public void openWorkbook(Workbook workbook, String name) {
        openSession(workbook == null ? null : new WorkbookSession(workbook, catalog), name);
    }

    private void openSession(WorkbookSession opened, String name) {
        selectedAssessment.set(null);
        if (opened != null && name != null && !name.isBlank()) {
            opened.setUntitledName(name);
        }
        if (opened != null) {
            // registered before any list view shows these items, so the open assessment is closed (back to
            // the home) before a list could move its selection to a neighbour and open that instead
            opened.assessments().addListener(this::closeIfRemoved);
        }
        session.set(opened);
        this.workbookName.set(name == null ? "" : name);
        title.unbind();
        clientLine.unbind();
        if (opened == null) {
            title.set("CX Maturity Workbook");
            clientLine.set("No workbook open");
            return;
        }
        // "• " marks unsaved changes, as most editors do; the file name comes first so it shows in a taskbar.
        title.bind(Bindings.createStringBinding(
                () -> (opened.isDirty() ? "• " : "") + opened.name() + " — CX Maturity Workbook",
                opened.dirtyProperty(),
                opened.nameProperty()));
        clientLine.bind(Bindings.createStringBinding(
                () -> describe(opened.workbook()), opened.history().revisionProperty()));
    }

    /** The open assessment was deleted (or its adding undone): the centre goes back to the workbook's home. */
    private void closeIfRemoved(ListChangeListener.Change<? extends AssessmentModel> change) {
        while (change.next()) {
            if (change.wasRemoved()
                    && change.getRemoved().contains(selectedAssessment.get())
                    && !change.getList().contains(selectedAssessment.get())) {
                selectedAssessment.set(null);
            }
        }
    }

    private static String describe(Workbook workbook) {
        StringBuilder line = new StringBuilder(workbook.getClient() == null ? "Unnamed client" : workbook.getClient());
        if (workbook.getDate() != null) {
            line.append(" · ").append(workbook.getDate());
        }
        if (workbook.getFacilitator() != null) {
            line.append(" · facilitated by ").append(workbook.getFacilitator());
        }
        if (!workbook.getParticipants().isEmpty()) {
            line.append(" · ").append(workbook.getParticipants().size()).append(" participants");
        }
        return line.toString();
    }

    public FrameworkCatalog catalog() {
        return catalog;
    }

    public ObservableList<FrameworkRow> frameworks() {
        return frameworks;
    }
    /** The open workbook's assessments; empty when none is open. */
    public ObservableList<AssessmentModel> assessments() {
        return session.get() == null
                ? FXCollections.emptyObservableList()
                : session.get().assessments();
    }

    public ObjectProperty<AssessmentModel> selectedAssessmentProperty() {
        return selectedAssessment;
    }

    public ObservableList<FrameworkLoadProblem> problems() {
        return problems;
    }

    public ObjectProperty<FrameworkRow> selectedFrameworkProperty() {
        return selectedFramework;
    }

    public ReadOnlyObjectProperty<FrameworkOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkbookSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientLineProperty() {
        return clientLine.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
    /** Large fonts and high contrast for a room reading from a wall. */
    public BooleanProperty projectorModeProperty() {
        return projectorMode;
    }

    /** The assessment the home screen offers to continue with: the first one this app can rate, or null. */
    public AssessmentModel continueWith() {
        return assessments().stream()
                .filter(a -> a.framework() != null)
                .findFirst()
                .orElse(null);
    }

    /** Opens the {@link #continueWith()} assessment; false when there is none. */
    public boolean continueRating() {
        AssessmentModel next = continueWith();
        if (next == null) {
            return false;
        }
        selectedAssessment.set(next);
        return true;
    }

    /** Opens an assessment on one of its sections (a click on the dashboard's radar). */
    public void openSection(AssessmentModel model, SectionProfile section) {
        pendingSection = section.section().id();
        selectedAssessment.set(model);
        pendingSection = null;
    }

    /** The section the assessment being opened should show first; null to open where it was. */
    public String pendingSection() {
        return pendingSection;
    }

    public void selectFramework(String frameworkId) {
        frameworks.stream()
                .filter(r -> r.framework().id().equals(frameworkId))
                .findFirst()
                .ifPresent(selectedFramework::set);
    }

    public List<String> problemMessages() {
        return problems.stream().map(FrameworkLoadProblem::toString).toList();
    }
}
