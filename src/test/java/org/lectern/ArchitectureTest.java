package org.lectern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering Lectern keeps: model ← store ← service ← ui, with text and io beside them. */
@AnalyzeClasses(packages = "org.lectern", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Tests may open the file with plain JDBC to check what an analyst would see; the rules are for Lectern. */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }


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
