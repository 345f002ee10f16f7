package dev.finsuite.emi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.DomainRules;
import dev.finsuite.common.testsupport.ExactMoneyRules;

@AnalyzeClasses(packages = "dev.finsuite.emi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("dev.finsuite.emi.(*)..").should().beFreeOfCycles();

    /** Money is exact: no binary floating point anywhere in emi-service. */
    @ArchTest
    static final ArchTests exactMoney = ArchTests.in(ExactMoneyRules.class);

    /** Entities and feature services name domain facts; only controllers speak HTTP. */
    @ArchTest
    static final ArchTests domainKnowsNoWeb = ArchTests.in(DomainRules.class);

    /** The schedule engine is pure: no Spring, no persistence, so it is the same in the calculator and in a loan. */
    @ArchTest
    static final ArchRule scheduleIsPure = noClasses()
            .that()
            .resideInAPackage("dev.finsuite.emi.schedule..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "dev.finsuite.emi.loan..");
}
