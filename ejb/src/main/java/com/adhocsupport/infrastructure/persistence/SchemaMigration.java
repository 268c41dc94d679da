package com.adhocsupport.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the database schema to the newest version at deployment, with the numbered scripts in
 * {@code db/migration}. Flyway's own lock makes this safe when several nodes start together.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/AdHocDS")
    private DataSource dataSource;

    /** Flyway as the product runs it (the upgrade test uses the same settings). */
    public static FluentConfiguration configuration() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .locations("classpath:db/migration")
                // WildFly may create its timer table first; version 0 marks "nothing of ours yet".
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    @PostConstruct
    void migrate() {
        var result = configuration().dataSource(dataSource).load().migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
