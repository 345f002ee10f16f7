package dev.finsuite.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.SuitePackages;

@AnalyzeClasses(packages = "dev.finsuite.common", importOptions = ImportOption.DoNotIncludeTests.class)
class CommonLibArchitectureTests {

    @ArchTest
    static final ArchRule packagesHaveNoCycles =
            slices().matching("dev.finsuite.common.(*)..").should().beFreeOfCycles();

    /** Mechanics only: nothing here may name a service's domain. */
    @ArchTest
    static final ArchRule noDomainOfAnyService =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(SuitePackages.services());
}
