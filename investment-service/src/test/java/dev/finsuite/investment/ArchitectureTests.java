package dev.finsuite.investment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.DomainRules;
import dev.finsuite.common.testsupport.ExactMoneyRules;

@AnalyzeClasses(packages = "dev.finsuite.investment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("dev.finsuite.investment.(*)..").should().beFreeOfCycles();

    /** Money, quantities and rates are exact: no binary floating point anywhere in investment-service. */
    @ArchTest
    static final ArchTests exactMoney = ArchTests.in(ExactMoneyRules.class);

    /** Entities and feature services state facts of their feature; only the edge speaks HTTP. */
    @ArchTest
    static final ArchTests domainKnowsNoWeb = ArchTests.in(DomainRules.class);

    /** Reading the portfolio never writes: the read side may not reach the ledger's write services. */
    @ArchTest
    static final ArchRule portfolioOnlyReads = noClasses()
            .that()
            .resideInAPackage("dev.finsuite.investment.portfolio..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Drafts");

    /** Nothing but the market client speaks to market-service's HTTP API. */
    @ArchTest
    static final ArchRule oneMarketClient = noClasses()
            .that()
            .resideOutsideOfPackages("dev.finsuite.investment.market..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.web.client.RestClient");
}
