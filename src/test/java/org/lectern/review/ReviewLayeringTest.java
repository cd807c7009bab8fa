package org.lectern.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The agreement measures are plain Java over the model, usable from the window and the command line alike. */
class ReviewLayeringTest {
    @Test
    void theAgreementMeasuresKnowNothingOfStorageUseCasesOrTheWindow() {
        JavaClasses agreement = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lectern.review")
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("the agreement measures",
                        javaClass -> javaClass.getPackageName().equals("org.lectern.review")));
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.lectern.store..",
                        "org.lectern.service..", "org.lectern.ui..", "org.lectern.cli..", "javafx..", "java.sql..")
                .check(agreement);
    }
}
