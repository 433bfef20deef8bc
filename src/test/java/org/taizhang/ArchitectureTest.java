package org.taizhang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of docs/ARCHITECTURE.md, kept by test: arrows only point down, and core is plain Java. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.taizhang");

    @Test
    void coreIsPlainJava() {
        noClasses().that().resideInAPackage("org.taizhang.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.apache.poi..", "org.sqlite..", "org.flywaydb..", "com.google.gson..", "picocli..")
                .check(MAIN);
    }

    @Test
    void layersOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("org.taizhang.app..")
                .layer("ui").definedBy("org.taizhang.ui..")
                .layer("cli").definedBy("org.taizhang.cli..")
                .layer("report").definedBy("org.taizhang.report..")
                .layer("exchange").definedBy("org.taizhang.exchange..")
                .layer("store").definedBy("org.taizhang.store..")
                .layer("core").definedBy("org.taizhang.core..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("report").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("exchange").mayOnlyBeAccessedByLayers("app", "ui", "cli", "report")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "cli", "report", "exchange")
                .withOptionalLayers(true)
                .check(MAIN);
    }

    @Test
    void onlyTheUiAndAppTouchJavaFx() {
        noClasses().that().resideInAnyPackage("org.taizhang.cli..", "org.taizhang.store..", "org.taizhang.core..",
                "org.taizhang.exchange..", "org.taizhang.report..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}
