package com.adhocsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;

/**
 * The layers point one way (README, "Exploring the code"): the domain needs nothing else, the
 * application reaches the outside world only through interfaces it owns, which the infrastructure
 * implements, and only the web module holds the interfaces layer.
 */
@AnalyzeClasses(packages = "com.adhocsupport", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String DOMAIN = "com.adhocsupport.domain..";
    private static final String APPLICATION = "com.adhocsupport.application..";
    private static final String INFRASTRUCTURE = "com.adhocsupport.infrastructure..";
    private static final String INTERFACES = "com.adhocsupport.interfaces..";

    @ArchTest
    static final ArchRule domainDependsOnNoOtherLayer = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES);

    @ArchTest
    static final ArchRule applicationUsesNoInfrastructure = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, INTERFACES);

    /** The services read the injected {@link java.time.Clock}, never the system's directly. */
    @ArchTest
    static final ArchRule applicationReadsTheInjectedClock = noClasses().that().resideInAPackage(APPLICATION)
            .should().callMethod(Instant.class, "now");

    @ArchTest
    static final ArchRule infrastructureServesNoInterfaces = noClasses().that().resideInAPackage(INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAPackage(INTERFACES);

    @ArchTest
    static final ArchRule ejbHoldsTheInnerLayersOnly = classes()
            .should().resideInAnyPackage(DOMAIN, APPLICATION, INFRASTRUCTURE);
}
