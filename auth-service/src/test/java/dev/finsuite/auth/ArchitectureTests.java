package dev.finsuite.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.DomainRules;

@AnalyzeClasses(packages = "dev.finsuite", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("dev.finsuite.auth.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersAreNotPublic = noClasses()
            .that()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .and()
            .resideInAPackage("dev.finsuite.auth..")
            .should()
            .bePublic();

    /** Entities and feature services name domain facts; only controllers speak HTTP. */
    @ArchTest
    static final ArchTests domainKnowsNoWeb = ArchTests.in(DomainRules.class);
}
