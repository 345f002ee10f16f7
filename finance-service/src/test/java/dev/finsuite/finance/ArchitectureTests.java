package dev.finsuite.finance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.DomainRules;
import dev.finsuite.common.testsupport.ExactMoneyRules;

@AnalyzeClasses(packages = "dev.finsuite.finance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("dev.finsuite.finance.(*)..").should().beFreeOfCycles();

    /** Money is exact: no binary floating point anywhere in finance-service. */
    @ArchTest
    static final ArchTests exactMoney = ArchTests.in(ExactMoneyRules.class);

    /** Entities and feature services state facts of their feature; the web edge turns them into problems. */
    @ArchTest
    static final ArchTests domainKnowsNoWeb = ArchTests.in(DomainRules.class);

    /** When rules fall due is pure date arithmetic, the same in previews and in the job. */
    @ArchTest
    static final ArchRule recurrenceIsPure = noClasses()
            .that()
            .haveSimpleName("Recurrence")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..");
}
