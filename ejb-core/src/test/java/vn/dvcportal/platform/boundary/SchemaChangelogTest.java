package vn.dvcportal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The one changelog must hold on every database the portal supports. H2 is migrated for real;
 * for Oracle, which cannot run here, the SQL Liquibase writes for Oracle is run on H2 in Oracle
 * mode, so a statement Oracle would reject for its syntax shows up here first.
 */
class SchemaChangelogTest {

    /** Liquibase reports every change set at INFO; the test only needs its failures. */
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    static {
        LIQUIBASE.setLevel(Level.WARNING);
    }

    private final ClassLoaderResourceAccessor resources =
            new ClassLoaderResourceAccessor(SchemaChangelogTest.class.getClassLoader());

    @Test
    void migratesAnEmptyH2DatabaseAndASecondRunChangesNothing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:changelog;DB_CLOSE_DELAY=-1")) {
            update(c);
            int applied = count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG");
            update(c);

            assertEquals(applied, count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM CATALOG_PROCEDURE"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM ADMIN_UNIT"));
        }
    }

    @Test
    void oracleSqlRunsOnH2InOracleMode() throws Exception {
        List<String> statements = offlineSql("oracle");
        assertTrue(statements.stream().anyMatch(s -> s.contains("VARCHAR2")),
                "the SQL is Oracle's own");

        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:oracle;MODE=Oracle");
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM CATALOG_PROCEDURE"));
            assertEquals(50, count(c, "SELECT CATALOG_PROCEDURE_SEQ.NEXTVAL FROM DUAL"));
        }
    }

    private void update(Connection c) throws Exception {
        Database db = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(c));
        new Liquibase(SchemaMigration.CHANGELOG, resources, db).update("");
    }

    /** The statements Liquibase would run on an empty database of that kind. */
    private List<String> offlineSql(String kind) throws Exception {
        // Offline, Liquibase keeps its history in a CSV file; a fresh one means an empty database.
        Path history = Files.createTempDirectory("liquibase").resolve("history.csv");
        Database db = DatabaseFactory.getInstance().openDatabase("offline:" + kind
                + "?outputLiquibaseSql=none&changeLogFile=" + history, null, null, null, resources);
        StringWriter out = new StringWriter();
        new Liquibase(SchemaMigration.CHANGELOG, resources, db)
                .update(new Contexts(), new LabelExpression(), out);
        List<String> statements = new ArrayList<>();
        for (String part : out.toString().split(";\\s*\\n")) {
            String sql = part.lines().filter(l -> !l.startsWith("--"))
                    .reduce("", (a, b) -> a + "\n" + b).trim();
            if (!sql.isEmpty()) {
                statements.add(sql);
            }
        }
        return statements;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
