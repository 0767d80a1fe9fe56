package org.tailor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the engine headless and the layers apart (STYLE.md section 1). */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tailor");
    }

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideInAPackage("org.tailor.core..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    @Test
    void cliNeverImportsJavaFx() {
        noClasses().that().resideInAPackage("org.tailor.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    @Test
    void onlyStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("org.tailor.core.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..").check(classes);
    }

    @Test
    void coreNeverDependsOnUiOrCli() {
        noClasses().that().resideInAPackage("org.tailor.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tailor.ui..", "org.tailor.cli..").check(classes);
    }

    @Test
    void noConsolePrintingOrStackTraces() {
        noClasses().should().accessField(System.class, "out").check(classes);
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
    }
}
