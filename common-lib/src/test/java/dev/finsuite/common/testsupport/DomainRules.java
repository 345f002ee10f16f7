package dev.finsuite.common.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.springframework.stereotype.Service;

/**
 * Entities and feature services state facts of the domain ({@code DomainFailure}s named in their feature); the
 * web edge turns them into problems. Neither may lean on HTTP: not on common-lib's web package (its
 * {@code ApiException}s, problems, paging), not on request binding, responses or the servlet API. A service
 * includes these with {@code ArchTests.in(DomainRules.class)}.
 */
public final class DomainRules {

    private static final String[] WEB_PACKAGES = {
        "dev.finsuite.common.web..",
        "org.springframework.web.bind..",
        "org.springframework.web.servlet..",
        "jakarta.servlet.."
    };

    @ArchTest
    static final ArchRule entitiesDoNotKnowTheWeb = noClasses()
            .that()
            .areAnnotatedWith(Entity.class)
            .or()
            .areAnnotatedWith(Embeddable.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(WEB_PACKAGES)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.http.ResponseEntity")
            .because("an entity states a fact (a DomainFailure of its feature); the edge decides the response")
            .allowEmptyShould(true); // a service may keep no entities of its own (export-service reads others' rows)

    @ArchTest
    static final ArchRule featureServicesDoNotKnowTheWeb = noClasses()
            .that()
            .areAnnotatedWith(Service.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(WEB_PACKAGES)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.http.ResponseEntity")
            .because("a feature service names domain facts; mapping them to problems is the edge's work");

    private DomainRules() {}
}
