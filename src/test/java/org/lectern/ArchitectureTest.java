package org.lectern;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/** The layering Lectern keeps: model ← store ← service ← ui, with text and io beside them. */
@AnalyzeClasses(packages = "org.lectern", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The window reaches the project file only through the service layer (opening a project is a service, and
     * so are its failures); the command line and the window are two faces of the service layer that never
     * know each other, and only the launcher, which chooses between them, knows both.
     */
    @ArchTest
    static final ArchRule theWindowAndTheCommandLineStandOnTheServices = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("org.lectern")
            .layer("Window").definedBy("org.lectern.ui..")
            .layer("Command line").definedBy("org.lectern.cli..")
            .layer("Services").definedBy("org.lectern.service..")
            .layer("Store").definedBy("org.lectern.store..")
            .whereLayer("Window").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Command line").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Services", "Command line");

    /**
     * One way to open a project for editing, with one set of rules (what a new project starts with, what
     * happens to an unfinished default project, who holds the lock): the service that opens projects.
     */
    @ArchTest
    static final ArchRule projectsAreOpenedForEditingByOneService = noClasses()
            .that().resideOutsideOfPackage("org.lectern.store..")
            .and().doNotBelongToAnyOf(ProjectSetup.class)
            .should().callMethodWhere(target(owner(equivalentTo(ProjectFiles.class)))
                    .and(target(nameMatching("open|openOrCreate|create"))))
            .orShould().callConstructor(ProjectSession.class, ProjectStore.class, String.class);


    @ArchTest
    static final ArchRule modelDependsOnNothingOfTheApp = noClasses().that().resideInAPackage("org.lectern.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lectern.store..", "org.lectern.text..",
                    "org.lectern.service..", "org.lectern.io..", "org.lectern.ui..", "org.lectern.cli..",
                    "javafx..", "java.sql..", "java.io..", "java.nio..");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses().that().resideOutsideOfPackage("org.lectern.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses().that().resideOutsideOfPackage("org.lectern.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                    "atlantafx..");

    @ArchTest
    static final ArchRule nothingBelowTheWindowKnowsIt = noClasses()
            .that().resideInAnyPackage("org.lectern.model..", "org.lectern.store..", "org.lectern.text..",
                    "org.lectern.io..", "org.lectern.review..", "org.lectern.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lectern.ui..", "org.lectern.cli..");

    @ArchTest
    static final ArchRule textIoAndReviewDoNotReachIntoStorage = noClasses()
            .that().resideInAnyPackage("org.lectern.text..", "org.lectern.io..", "org.lectern.review..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lectern.store..", "org.lectern.service..");

    @ArchTest
    static final ArchRule storeDoesNotKnowUseCases = noClasses().that().resideInAPackage("org.lectern.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lectern.service..", "org.lectern.io..",
                    "org.lectern.text..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackages("org.lectern.cli..", "org.lectern")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.lectern.(*)..").should().beFreeOfCycles();
}
