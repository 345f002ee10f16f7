package dev.finsuite.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.DomainRules;
import dev.finsuite.common.testsupport.ExactMoneyRules;
import dev.finsuite.common.testsupport.SuitePackages;

@AnalyzeClasses(packages = "dev.finsuite.export", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("dev.finsuite.export.(*)..").should().beFreeOfCycles();

    /** Money is exact: no binary floating point in export-service's own fields, signatures or arithmetic. */
    @ArchTest
    static final ArchTests exactMoney = ArchTests.in(ExactMoneyRules.class);

    /** Entities and feature services state facts of their feature; only the edge speaks HTTP. */
    @ArchTest
    static final ArchTests domainKnowsNoWeb = ArchTests.in(DomainRules.class);

    /** export-service declares its own read models: no code of another service. */
    @ArchTest
    static final ArchRule noOtherServicesCode =
            noClasses().should().dependOnClassesThat().resideInAnyPackage(SuitePackages.servicesOtherThan("export"));

    /** The writers know rows and columns, not HTTP or the database. */
    @ArchTest
    static final ArchRule formatsAreFreeOfWebAndJdbc = noClasses()
            .that()
            .resideInAPackage("dev.finsuite.export.format..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "jakarta.servlet..", "java.sql..", "dev.finsuite.export.web..");
}
