package dev.finsuite.market;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.DomainRules;
import dev.finsuite.common.testsupport.ExactMoneyRules;

@AnalyzeClasses(packages = "dev.finsuite.market", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("dev.finsuite.market.(*)..").should().beFreeOfCycles();

    /** Prices and rates are exact: no binary floating point in market-service's fields, signatures or arithmetic. */
    @ArchTest
    static final ArchTests exactMoney = ArchTests.in(ExactMoneyRules.class);

    /** Entities and feature services name domain facts; only controllers speak HTTP. */
    @ArchTest
    static final ArchTests domainKnowsNoWeb = ArchTests.in(DomainRules.class);
}
