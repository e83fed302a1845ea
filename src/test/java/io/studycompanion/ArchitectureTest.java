package io.studycompanion;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The arrows of ARCHITECTURE.md: ui → service → {storage, content, report} → domain, checked on every build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.studycompanion");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Root").definedBy("io.studycompanion")
                .layer("Cli").definedBy("io.studycompanion.cli..")
                .layer("Ui").definedBy("io.studycompanion.ui..")
                .layer("Service").definedBy("io.studycompanion.service..")
                .layer("Storage").definedBy("io.studycompanion.storage..")
                .layer("Content").definedBy("io.studycompanion.content..")
                .layer("Report").definedBy("io.studycompanion.report..")
                .layer("Domain").definedBy("io.studycompanion.domain..")
                .whereLayer("Root").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Root", "Ui", "Cli")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Root", "Service")
                .whereLayer("Content").mayOnlyBeAccessedByLayers("Root", "Service")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Root", "Service")
                .check(classes);
    }

    /** One source of "now": the Clock the composition root hands out; nothing else asks the system for the time. */
    @Test
    void nowComesFromTheInjectedClock() {
        noClasses().that().resideOutsideOfPackage("io.studycompanion")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(classes);
    }

    @Test
    void domainUsesTheJavaLibraryOnly() {
        classes().that().resideInAPackage("io.studycompanion.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.studycompanion.domain..", "java..",
                        "org.apache.commons.statistics..", "org.apache.commons.math3..")
                .check(classes);
    }

    @Test
    void sqlLivesInStorageOnly() {
        noClasses().that().resideOutsideOfPackage("io.studycompanion.storage..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    @Test
    void jacksonLivesInContentOnly() {
        noClasses().that().resideOutsideOfPackage("io.studycompanion.content..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    /** The question-file schema is applied in content; the library brings Jackson 3, which stays there too. */
    @Test
    void schemaValidationLivesInContentOnly() {
        noClasses().that().resideOutsideOfPackage("io.studycompanion.content..")
                .should().dependOnClassesThat().resideInAnyPackage("com.networknt..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void pdfBoxLivesInReportOnly() {
        noClasses().that().resideOutsideOfPackage("io.studycompanion.report..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void javaFxStaysInTheUi() {
        noClasses().that().resideOutsideOfPackages("io.studycompanion.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }
}
