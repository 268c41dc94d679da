package com.adhocsupport.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** At deployment, once the schema is ready: a server that is not set up hands its operator a setup token. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SetupTokenIssuer {

    @EJB
    SetupService setup;

    @PostConstruct
    void issue() {
        setup.issueTokenUnlessSetUp();
    }
}
