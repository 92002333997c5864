package org.refract.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module depend on each other one way only: a cycle fails the build. And its view-scoped beans
 * are Faces' own: OmniFaces' view scope has no listener here ({@code WithoutOmniFacesViewScope}), so its beans would
 * never be destroyed.
 */
class PackageCycleTest {

    @Test
    void packagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.refract.web");
        slices().matching("org.refract.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewScopedBeansAreFacesOwn() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.refract");
        noClasses()
                .should()
                .beAnnotatedWith("org.omnifaces.cdi.ViewScoped")
                .because("OmniFaces' view scope is left without its listener (WithoutOmniFacesViewScope)")
                .check(classes);
    }
}
