package com.cxworkbook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slices;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The architecture of docs/ARCHITECTURE.md as rules on the compiled main classes (tests may cross layers).
 * A failure names the class and the dependency that breaks the rule; fix the code, not the rule, unless the
 * architecture itself changes (then change ARCHITECTURE.md with it).
 */
@AnalyzeClasses(packages = "com.cxworkbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "com.cxworkbook.";

    /** Dependencies point down only: app → ui → export/persistence → domain. */
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("io")
            .definedBy(BASE + "io..")
            .layer("domain")
            .definedBy(BASE + "domain..")
            .layer("persistence")
            .definedBy(BASE + "persistence..")
            .layer("export")
            .definedBy(BASE + "export..")
            .layer("ui")
            .definedBy(BASE + "ui..")
            .layer("app")
            .definedBy(BASE + "app..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("export")
            .mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("persistence")
            .mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("domain")
            .mayOnlyBeAccessedByLayers("persistence", "export", "ui", "app")
            // the one atomic file writer, shared by workbooks, settings and exports: plain JDK, below both
            .whereLayer("io")
            .mayOnlyBeAccessedByLayers("persistence", "export", "ui", "app");

    /** Every package is its own slice, so ui and ui.file count as two: what jdeps would call a package cycle. */
    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching(BASE + "(**)").should().beFreeOfCycles();

    /**
     * The cycle rule above only sees packages its pattern matches: every package of the app must be a slice
     * of its own, or a cycle through an unmatched one would pass silently. (scripts/check-cycles asks jdeps
     * the same question from outside ArchUnit.)
     */
    @ArchTest
    static void everyPackageIsItsOwnSlice(JavaClasses classes) {
        Set<String> packages =
                classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> sliced = Slices.matching(BASE + "(**)").transform(classes).stream()
                .flatMap(slice -> slice.stream().map(JavaClass::getPackageName).distinct())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(packages, sliced, "packages outside the slices of noPackageCycles");
        assertEquals(
                (long) packages.size(),
                Slices.matching(BASE + "(**)").transform(classes).stream().count(),
                "one slice per package");
        assertTrue(packages.size() > 10, "the import found the app's packages: " + packages);
    }

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses()
            .that()
            .resideInAPackage(BASE + "domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "com.fasterxml..",
                    "org.apache.poi..",
                    "org.controlsfx..",
                    "java.awt..",
                    "javax.swing..");

    @ArchTest
    static final ArchRule persistenceIsJacksonOnly = noClasses()
            .that()
            .resideInAPackage(BASE + "persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.apache.poi..", "org.controlsfx..");

    @ArchTest
    static final ArchRule exportIsPoiOnly = noClasses()
            .that()
            .resideInAPackage(BASE + "export..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.fasterxml..", "org.controlsfx..");

    /** View-models and the live models hold properties, never Nodes, so they are tested without a toolkit. */
    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .or()
            .haveSimpleNameEndingWith("Model")
            .or()
            .resideInAPackage(BASE + "ui.workbook..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");

    /** ui.workbook is the model every screen shares: it knows no screen. */
    @ArchTest
    static final ArchRule sharedModelKnowsNoScreen = noClasses()
            .that()
            .resideInAPackage(BASE + "ui.workbook..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    BASE + "ui.main..",
                    BASE + "ui.assessment..",
                    BASE + "ui.gaps..",
                    BASE + "ui.file..",
                    BASE + "ui.export..",
                    BASE + "ui.workshop..",
                    BASE + "ui.framework..");

    /** One background path: threads are made in ui.task only (TaskExecutor, DaemonThreads), nowhere else. */
    @ArchTest
    static final ArchRule threadsComeFromTheTaskExecutor = noClasses()
            .that()
            .resideOutsideOfPackage(BASE + "ui.task..")
            .should()
            .callConstructor(Thread.class, Runnable.class)
            .orShould()
            .callConstructor(Thread.class, Runnable.class, String.class)
            .orShould()
            .callConstructor(Thread.class, String.class)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.concurrent.Executors")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Timer");

    /** The window shell composes the screens; no screen reaches up into it. */
    @ArchTest
    static final ArchRule screensDoNotKnowTheShell = noClasses()
            .that()
            .resideOutsideOfPackage(BASE + "ui.main..")
            .and()
            .resideInAPackage(BASE + "ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(BASE + "ui.main..");
}
