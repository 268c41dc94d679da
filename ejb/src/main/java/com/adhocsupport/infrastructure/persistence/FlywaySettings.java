package com.adhocsupport.infrastructure.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Flyway as the product runs it; {@link SchemaMigration} and the schema upgrade test share it. */
public final class FlywaySettings {

    private FlywaySettings() {
    }

    public static FluentConfiguration configuration() {
        return Flyway.configure(FlywaySettings.class.getClassLoader())
                .locations("classpath:db/migration")
                // WildFly may create its timer table first; version 0 marks "nothing of ours yet".
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Nothing is ignored: a migration applied by a newer release ("future") stops this
                // one, which cannot know what that release changed.
                .ignoreMigrationPatterns(new String[0]);
    }
}
