package org.lectern.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** text and io are plain Java, so the store, the services, the window and the command line can all use them. */
class TextAndIoDependenciesTest {

    @Test
    void textAndIoUseNeitherJavaFxNorSqlNorTheLayersAboveThem() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lectern.text", "org.lectern.io");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "org.lectern.store..", "org.lectern.service..",
                        "org.lectern.ui..", "org.lectern.cli..")
                .check(classes);
    }
}
