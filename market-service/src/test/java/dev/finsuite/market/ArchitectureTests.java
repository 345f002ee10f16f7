package dev.finsuite.market;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.finsuite.common.testsupport.DomainRules;

@AnalyzeClasses(packages = "dev.finsuite.market", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("dev.finsuite.market.(*)..").should().beFreeOfCycles();

    /** Prices and rates are exact: no binary floating point anywhere in market-service. */
    @ArchTest
    static final ArchRule noFloatingPointFields = noFields()
            .should()
            .haveRawType(double.class)
            .orShould()
            .haveRawType(float.class)
            .orShould()
            .haveRawType(Double.class)
            .orShould()
            .haveRawType(Float.class);

    @ArchTest
    static final ArchRule noFloatingPointArithmetic = noClasses()
            .should()
            .callMethod(java.math.BigDecimal.class, "doubleValue")
            .orShould()
            .callMethod(java.math.BigDecimal.class, "valueOf", double.class)
            .orShould()
            .callConstructor(java.math.BigDecimal.class, double.class);

    /** Entities and feature services name domain facts; only controllers speak HTTP. */
    @ArchTest
    static final ArchTests domainKnowsNoWeb = ArchTests.in(DomainRules.class);
}
