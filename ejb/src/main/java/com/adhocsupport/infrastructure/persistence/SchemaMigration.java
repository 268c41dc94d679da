package com.adhocsupport.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;

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

    @PostConstruct
    void migrate() {
        MigrateResult result;
        try {
            result = FlywaySettings.configuration().dataSource(dataSource).load().migrate();
        } catch (FlywayValidateException e) {
            throw new IllegalStateException("The database does not match this release of AdHoc Support (" + e.getMessage()
                    + "). A database a newer release has upgraded cannot be used by an older one: deploy the newer"
                    + " release again, or restore the backup made before the upgrade.", e);
        }
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
