package dev.finsuite.finance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "dev.finsuite.finance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("dev.finsuite.finance.(*)..").should().beFreeOfCycles();

    /** Money is exact: no binary floating point anywhere in finance-service, in fields, signatures or arithmetic. */
    @ArchTest
    static final ArchRule noFloatingPointFields = noFields().should().haveRawType(double.class)
            .orShould().haveRawType(float.class).orShould().haveRawType(Double.class).orShould().haveRawType(Float.class);

    @ArchTest
    static final ArchRule noFloatingPointSignatures = noMethods().should().haveRawReturnType(double.class)
            .orShould().haveRawReturnType(float.class).orShould().haveRawReturnType(Double.class)
            .orShould().haveRawReturnType(Float.class);

    @ArchTest
    static final ArchRule noFloatingPointArithmetic = noClasses().should().callMethod(java.math.BigDecimal.class, "doubleValue")
            .orShould().callMethod(java.math.BigDecimal.class, "floatValue")
            .orShould().callMethod(java.math.BigDecimal.class, "valueOf", double.class)
            .orShould().callConstructor(java.math.BigDecimal.class, double.class)
            .orShould().callMethod(Math.class, "pow", double.class, double.class);

    /** When rules fall due is pure date arithmetic, the same in previews and in the job. */
    @ArchTest
    static final ArchRule recurrenceIsPure = noClasses().that().haveSimpleName("Recurrence")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..");
}
