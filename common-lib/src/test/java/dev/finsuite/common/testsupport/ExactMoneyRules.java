package dev.finsuite.common.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;

/**
 * Money is exact: no binary floating point in fields, signatures or arithmetic. A service that handles money
 * includes these in its architecture tests with {@code ArchTests.in(ExactMoneyRules.class)}.
 */
public final class ExactMoneyRules {

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
    static final ArchRule noFloatingPointSignatures = noMethods()
            .should()
            .haveRawReturnType(double.class)
            .orShould()
            .haveRawReturnType(float.class)
            .orShould()
            .haveRawReturnType(Double.class)
            .orShould()
            .haveRawReturnType(Float.class);

    @ArchTest
    static final ArchRule noFloatingPointArithmetic = noClasses()
            .should()
            .callMethod(BigDecimal.class, "doubleValue")
            .orShould()
            .callMethod(BigDecimal.class, "floatValue")
            .orShould()
            .callMethod(BigDecimal.class, "valueOf", double.class)
            .orShould()
            .callConstructor(BigDecimal.class, double.class)
            .orShould()
            .callMethod(Math.class, "pow", double.class, double.class);

    private ExactMoneyRules() {}
}
