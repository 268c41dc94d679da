package com.adhocsupport.interfaces;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Entity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The web module is the interfaces layer and talks to the application layer only (README,
 * "Exploring the code"): it holds no other layer's package, uses none of the ejb module's
 * infrastructure, and no page, endpoint or servlet is handed a JPA entity.
 */
class WebLayeringTest {

    /** This module's own classes (the ejb module's are on the class path too, for resolving). */
    private static final JavaClasses WEB = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void webHoldsTheInterfacesLayerOnly() {
        classes().should().resideInAPackage("com.adhocsupport.interfaces..").check(WEB);
    }

    @Test
    void webUsesNoInfrastructure() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.adhocsupport.infrastructure..").check(WEB);
    }

    @Test
    void webIsHandedNoEntity() {
        noClasses().should().dependOnClassesThat().areAnnotatedWith(Entity.class).check(WEB);
    }
}
