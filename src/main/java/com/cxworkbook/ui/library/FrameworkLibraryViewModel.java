package com.cxworkbook.ui.library;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.export.FrameworkTemplateWriter;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.FrameworkJson;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.PathNames;
import com.cxworkbook.ui.file.Background;
import com.cxworkbook.ui.framework.FrameworkImporter;
import com.cxworkbook.ui.framework.FrameworkRow;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The framework library's File menu entries: a new template, importing a filled-in template or framework
 * file, exporting a library framework as a template or JSON, and adding the frameworks an opened workbook
 * carries to the library. File work runs through {@link Background}; every question goes through the
 * {@link DialogService}, so the flow is tested with a fake.
 */
public class FrameworkLibraryViewModel {

    private final MainViewModel main;
    private final DialogService dialogs;
    private final Background background;
    private final Path home;
    private final FrameworkImporter importer;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Path lastFolder;

    public FrameworkLibraryViewModel(MainViewModel main, DialogService dialogs, Background background, Path home) {
        this.main = main;
        this.dialogs = dialogs;
        this.background = background;
        this.home = home;
        this.importer = new FrameworkImporter(home);
        main.sessionProperty().addListener((obs, old, session) -> offerEmbedded(session));
    }

    /** File › New framework template…: writes the template with its filled-in example. */
    public void newTemplate() {
        writeChosen(
                "New framework template",
                "framework-template.xlsx",
                XLSX,
                FrameworkTemplateWriter::writeBlank,
                done -> "Wrote the framework template " + done.getFileName()
                        + ": fill it in, then File › Import framework…",
                (target, error) -> dialogs.showError("Could not write the template", error.getMessage()));
    }

    /** File › Export framework as template…: the chosen library framework, to edit in Excel and import again. */
    public void exportTemplate() {
        chooseFramework("Export a framework as a template")
                .ifPresent(framework -> writeChosen(
                        "Export " + framework.name() + " as a template",
                        framework.id() + "-" + framework.version() + XLSX.extension(),
                        XLSX,
                        target -> FrameworkTemplateWriter.write(framework, target),
                        done -> "Wrote " + framework.name() + " " + framework.version() + " to " + done.getFileName()
                                + ": edit it, raise the Version and import it again",
                        (target, error) -> dialogs.showError("Could not write the template", error.getMessage())));
    }

    /** File › Export framework as JSON…: the framework file format the app reads (docs/FRAMEWORK_FORMAT.md). */
    public void exportJson() {
        chooseFramework("Export a framework as JSON")
                .ifPresent(framework -> writeChosen(
                        "Export " + framework.name() + " as JSON",
                        framework.id() + "-" + framework.version() + JSON.extension(),
                        JSON,
                        target -> new WorkbookStore().writeBytes(FrameworkJson.toBytes(framework), target),
                        done -> "Wrote " + framework.name() + " " + framework.version() + " to " + done.getFileName(),
                        (target, error) -> dialogs.showError(
                                "Could not write " + target.getFileName(),
                                WorkbookStore.describeWriteFailure(
                                        target,
                                        error instanceof IOException io ? io : new IOException(error.getMessage())))));
    }

    /** A kind of file the library writes: how the chooser shows it and the extension a typed name gets. */
    private record FileKind(String description, String extension) {}

    private static final FileKind XLSX = new FileKind("Excel workbook (*.xlsx)", ".xlsx");
    private static final FileKind JSON = new FileKind("Framework file (*.json)", ".json");

    /** Writes one file. */
    @FunctionalInterface
    private interface FileWrite {
        void to(Path target) throws Exception;
    }

    /**
     * Asks where to save (starting in the last folder used), completes the extension, writes in the
     * background and tells what was done; {@code failed} explains a failure.
     */
    private void writeChosen(
            String title,
            String suggestedName,
            FileKind kind,
            FileWrite write,
            Function<Path, String> doneMessage,
            BiConsumer<Path, Throwable> failed) {
        dialogs.chooseSaveFile(title, lastFolder, suggestedName, kind.description(), "*" + kind.extension())
                .map(p -> PathNames.withExtension(p, kind.extension()))
                .ifPresent(target -> background.run(
                        () -> {
                            write.to(target);
                            return target;
                        },
                        done -> told(doneMessage.apply(done), done),
                        error -> failed.accept(target, error)));
    }

    /**
     * File › Import framework…: choose a file, read and check it (off the FX thread), show what it is and
     * what changed, and install it when the user agrees. Files with errors are never installed.
     */
    public void importFramework() {
        Optional<Path> chosen = dialogs.chooseOpenFile(
                "Import framework", lastFolder, "Framework template or file (*.xlsx, *.json)", "*.xlsx", "*.json");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        lastFolder = file.toAbsolutePath().getParent();
        FrameworkCatalog catalog = main.catalog();
        background.run(
                () -> importer.check(file, catalog),
                checked -> confirmImport(file, checked),
                error -> dialogs.showError(
                        "Could not import " + file.getFileName(), String.valueOf(error.getMessage())));
    }

    private void confirmImport(Path file, FrameworkImporter.Checked checked) {
        switch (checked.status()) {
            case REFUSED -> dialogs.showError(
                    "Could not import " + file.getFileName(),
                    checked.summary() + " Nothing was installed.\n\n" + String.join("\n", checked.problems()));
            case UNCHANGED -> {
                status.set(checked.summary());
                dialogs.showInformation("No changes", checked.summary());
            }
            default -> {
                if (dialogs.confirm(
                        "Import framework", checked.summary() + "\n\nAdd it to your framework library?", "Import")) {
                    install(List.of(checked), false);
                }
            }
        }
    }

    /** @param checked new frameworks become current; other versions of an installed id are kept beside it */
    private void install(List<FrameworkImporter.Checked> checked, boolean keepOnly) {
        background.run(
                () -> {
                    for (FrameworkImporter.Checked one : checked) {
                        if (keepOnly && one.status() == FrameworkImporter.Status.NEW_VERSION) {
                            importer.keep(one);
                        } else {
                            importer.install(one);
                        }
                    }
                    return FrameworkCatalog.load(home);
                },
                catalog -> {
                    main.refreshLibrary(catalog);
                    String names = checked.stream()
                            .map(c -> c.framework().name() + " " + c.framework().version())
                            .collect(Collectors.joining(", "));
                    status.set("Added to the framework library: " + names + " (in " + importer.folder() + ")");
                    if (!keepOnly) {
                        // shown after an import from the menu; after opening a workbook its home stays in view
                        main.selectFramework(
                                checked.get(checked.size() - 1).framework().id());
                    }
                },
                error -> dialogs.showError(
                        "Could not add the framework",
                        "The framework folder " + importer.folder() + " could not be written (" + error.getMessage()
                                + "). Check it is writable; nothing was changed."));
    }

    /** An opened workbook carries frameworks the library lacks: offer to add them (it opens and rates either way). */
    private void offerEmbedded(WorkbookSession session) {
        FrameworkCatalog catalog = main.catalog();
        if (session == null || catalog == null) {
            return;
        }
        List<Framework> missing = catalog.missingFrom(session.workbook());
        if (missing.isEmpty()) {
            return;
        }
        // Deferred: the workbook is being opened right now; the question comes once it shows
        background.run(
                () -> missing.stream()
                        .map(f -> importer.compare(f, catalog))
                        .filter(FrameworkImporter.Checked::installable)
                        .toList(),
                checked -> {
                    if (checked.isEmpty()) {
                        return;
                    }
                    // another version of a framework the library has is only kept beside it: opening an old
                    // workbook must not change which version new assessments get
                    String list = checked.stream()
                            .map(c -> "• "
                                    + (c.status() == FrameworkImporter.Status.NEW_VERSION
                                            ? c.framework().name() + " "
                                                    + c.framework().version() + ": kept beside your version "
                                                    + c.installed().version() + " for workbooks rated on it."
                                            : c.summary()))
                            .collect(Collectors.joining("\n"));
                    if (dialogs.confirm(
                            "Frameworks in this workbook",
                            "This workbook carries "
                                    + (checked.size() == 1 ? "a framework" : checked.size() + " frameworks")
                                    + " your library does not have. It opens, rates"
                                    + " and exports either way.\n\n" + list + "\n\nAdd "
                                    + (checked.size() == 1 ? "it" : "them")
                                    + " to your framework library?",
                            "Add to library")) {
                        install(new ArrayList<>(checked), true);
                    }
                },
                error -> status.set("Could not check the workbook's frameworks: " + error.getMessage()));
    }

    private Optional<Framework> chooseFramework(String title) {
        FrameworkRow selected = main.selectedFrameworkProperty().get();
        List<Framework> frameworks =
                main.catalog() == null ? List.of() : main.catalog().frameworks();
        if (selected != null) {
            return Optional.of(selected.framework());
        }
        return dialogs.choose(title, "Which framework?", frameworks, f -> f.name() + " " + f.version());
    }

    private void told(String message, Path file) {
        lastFolder = file.toAbsolutePath().getParent();
        status.set(message);
    }

    /** The last thing done, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
