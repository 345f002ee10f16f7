package dev.finsuite.investment.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.ExactMoneyRules;

@AnalyzeClasses(packages = "dev.finsuite.investment.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTests {

    /** The engine is pure: the same figures whether called from a controller, a job or an export. */
    @ArchTest
    static final ArchRule engineIsPure = noClasses()
            .that()
            .resideInAPackage("dev.finsuite.investment.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "tools.jackson..", "com.fasterxml.jackson..")
            .orShould()
            .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "other investment packages",
                    c -> c.getPackageName().startsWith("dev.finsuite.investment")
                            && !c.getPackageName().startsWith("dev.finsuite.investment.engine")));

    /** Money and quantities are exact: no binary floating point anywhere in the engine. */
    @ArchTest
    static final ArchTests exactMoney = ArchTests.in(ExactMoneyRules.class);
}
