package vn.dvcportal.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import vn.dvcportal.platform.boundary.SchemaMigration;

/**
 * An in-memory H2 database migrated by the real changelog, with the real persistence unit on
 * it outside a server (resource-local transactions instead of JTA), so that a feature's
 * mappings, queries and locks meet the schema the servers get.
 */
public final class TestDatabase implements AutoCloseable {

    /** Held, so that the levels set on them are not lost with a collected logger. */
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");
    private static final Logger ECLIPSELINK = Logger.getLogger("org.eclipse.persistence");

    static {
        LIQUIBASE.setLevel(Level.WARNING);
        ECLIPSELINK.setLevel(Level.SEVERE);
    }

    private final Connection keepAlive;
    private final EntityManagerFactory factory;

    private TestDatabase(Connection keepAlive, EntityManagerFactory factory) {
        this.keepAlive = keepAlive;
        this.factory = factory;
    }

    public static TestDatabase open(String name) throws Exception {
        return open(name, "");
    }

    /** As {@link #open(String)}, with H2 settings such as {@code ;LOCK_TIMEOUT=20000} added. */
    public static TestDatabase open(String name, String settings) throws Exception {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + settings;
        Connection connection = DriverManager.getConnection(url, "sa", "");
        Database db = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () ->
                new Liquibase(SchemaMigration.CHANGELOG, new ClassLoaderResourceAccessor(
                        TestDatabase.class.getClassLoader()), db).update(""));
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", "sa");
        properties.put("jakarta.persistence.jdbc.password", "");
        properties.put("jakarta.persistence.validation.mode", "NONE");
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.logging.level", "SEVERE");
        return new TestDatabase(connection,
                Persistence.createEntityManagerFactory("dvc", properties));
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Runs the work in one transaction, committed when it returns, rolled back if it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            if (tx.getRollbackOnly()) {
                tx.rollback();
            } else {
                tx.commit();
            }
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public int count(String sql) throws SQLException {
        try (Statement st = keepAlive.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() throws Exception {
        factory.close();
        // The database outlives its connections (DB_CLOSE_DELAY); drop it so a name can be reused.
        try (Statement st = keepAlive.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
        keepAlive.close();
    }
}
