package com.adhocsupport.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Comparator.naturalOrder;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.infrastructure.persistence.FlywaySettings;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

/**
 * Upgrading the previous release's database loses nothing: a database at schema version 2, filled
 * with {@code upgrade/V2-data.sql}, is migrated to the newest version with the product's scripts and
 * Flyway settings, and every table, row and value it had is still there. On H2, and on PostgreSQL in
 * the {@code postgresql} failsafe execution. And the other way round: a database a newer release has
 * changed is refused, not used by an older one.
 */
class SchemaUpgradeIT {

    private static final String PREVIOUS_RELEASE = "2";
    private static final String NEWEST = "latest";
    private static final Set<String> TABLES_OF_PREVIOUS_RELEASE =
            Set.of("adhoc_session", "audit_event", "company", "computer", "installation", "technician");

    @Test
    void upgradingThePreviousReleasesDatabaseKeepsEveryRowAndValue() throws Exception {
        Database database = Database.freshForThisExecution();
        assertEquals(PREVIOUS_RELEASE, flyway(database, PREVIOUS_RELEASE).migrate().targetSchemaVersion);
        database.run("/upgrade/V2-data.sql");
        Map<String, Rows> before = snapshot(database);
        assertEquals(TABLES_OF_PREVIOUS_RELEASE, before.keySet().stream().map(String::toLowerCase).collect(toSet()),
                "the tables at version " + PREVIOUS_RELEASE);
        before.forEach((table, rows) -> assertFalse(rows.byKey().isEmpty(), "V2-data.sql puts rows in " + table));

        flyway(database, NEWEST).migrate();

        MigrationInfoService history = flyway(database, NEWEST).info();
        assertEquals(List.of(), Arrays.stream(history.all()).filter(m -> m.getState() != MigrationState.SUCCESS)
                .map(m -> m.getScript() + ": " + m.getState()).toList(), "migrations not applied successfully");
        assertEquals(Arrays.stream(history.all()).map(MigrationInfo::getVersion).max(naturalOrder()).orElseThrow(),
                history.current().getVersion(), "the schema version after the upgrade");
        assertEquals(List.of(), lost(before, snapshot(database)), "what the upgrade lost or changed");
    }

    @Test
    void aDatabaseUpgradedByANewerReleaseIsRefused() throws Exception {
        Database database = Database.freshForThisExecution();
        flyway(database, NEWEST).migrate();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "select max(\"installed_rank\") + 1, '999', 'a newer release', 'SQL', 'V999__newer_release.sql', 0, "
                    + "'newer release', 0, true from \"flyway_schema_history\"");
        }
        var refused = assertThrows(FlywayValidateException.class, () -> flyway(database, NEWEST).migrate(),
                "an older release must not run on a schema a newer one changed");
        assertTrue(refused.getMessage().contains("999"), refused.getMessage());
    }

    /** Flyway as the product configures it, migrating no further than the given version. */
    private static Flyway flyway(Database database, String targetVersion) {
        return FlywaySettings.configuration()
                .dataSource(database.url(), database.user(), database.password())
                .target(targetVersion)
                .load();
    }

    /** Every table of the product (not Flyway's history), by name. */
    private static Map<String, Rows> snapshot(Database database) throws SQLException {
        Map<String, Rows> tables = new TreeMap<>();
        try (Connection connection = database.connect();
                ResultSet names = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                        "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (names.next()) {
                String table = names.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    tables.put(table, Rows.of(connection, table));
                }
            }
        }
        return tables;
    }

    /** Each table, row (by primary key) and column value of {@code before} that {@code after} lacks or has changed. */
    private static List<String> lost(Map<String, Rows> before, Map<String, Rows> after) {
        List<String> lost = new ArrayList<>();
        before.forEach((table, rows) -> {
            if (!after.containsKey(table)) {
                lost.add("table " + table);
                return;
            }
            rows.byKey().forEach((key, row) -> {
                Map<String, Object> upgraded = after.get(table).byKey().get(key);
                if (upgraded == null) {
                    lost.add(table + " row " + key);
                    return;
                }
                row.forEach((column, value) -> {
                    if (!upgraded.containsKey(column)) {
                        lost.add(table + " row " + key + " column " + column);
                    } else if (!Objects.equals(value, upgraded.get(column))) {
                        lost.add(table + " row " + key + " column " + column + ": was " + value
                                + ", now " + upgraded.get(column));
                    }
                });
            });
        });
        return lost;
    }

    /** A table's rows keyed by their primary key, such as {@code id=3}, each as column name to value. */
    private record Rows(Map<String, Map<String, Object>> byKey) {

        static Rows of(Connection connection, String table) throws SQLException {
            List<String> primaryKey = primaryKey(connection, table);
            assertFalse(primaryKey.isEmpty(), table + " has a primary key to tell its rows apart");
            Map<String, Map<String, Object>> byKey = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        row.put(columns.getColumnName(column), rows.getObject(column));
                    }
                    byKey.put(primaryKey.stream().map(column -> column + "=" + row.get(column))
                            .collect(joining(", ")), row);
                }
            }
            return new Rows(byKey);
        }

        private static List<String> primaryKey(Connection connection, String table) throws SQLException {
            Map<Short, String> columnsInOrder = new TreeMap<>();
            try (ResultSet key = connection.getMetaData()
                    .getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
                while (key.next()) {
                    columnsInOrder.put(key.getShort("KEY_SEQ"), key.getString("COLUMN_NAME"));
                }
            }
            return List.copyOf(columnsInOrder.values());
        }
    }

    /** A database for this test, reached through its JDBC driver. */
    private record Database(String url, String user, String password) {

        /** An empty database: in memory on H2, or a new one on the build's PostgreSQL in the postgresql execution. */
        static Database freshForThisExecution() throws SQLException {
            if (!"wildfly-postgresql".equals(System.getProperty("arquillian.launch"))) {
                return new Database("jdbc:h2:mem:adhoc_upgrade_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            }
            String server = "jdbc:postgresql://127.0.0.1:" + System.getProperty("it.postgresql.port", "55432") + "/";
            try (Connection connection = DriverManager.getConnection(server + "adhoc", "adhoc", "adhoc");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists adhoc_upgrade");
                statement.execute("create database adhoc_upgrade");
            }
            return new Database(server + "adhoc_upgrade", "adhoc", "adhoc");
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** Runs a script from the test classpath whose statements end with a semicolon at the end of a line. */
        void run(String script) throws IOException, SQLException {
            String text;
            try (InputStream in = SchemaUpgradeIT.class.getResourceAsStream(script)) {
                text = new String(in.readAllBytes(), UTF_8);
            }
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                for (String sql : Pattern.compile(";$", Pattern.MULTILINE).split(text)) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
        }
    }
}
