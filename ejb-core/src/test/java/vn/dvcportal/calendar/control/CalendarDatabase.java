package vn.dvcportal.calendar.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.h2.jdbcx.JdbcDataSource;
import vn.dvcportal.calendar.entity.WorkCalendarDay;
import vn.dvcportal.numbering.entity.DossierCounter;
import vn.dvcportal.platform.boundary.SchemaMigration;
import vn.dvcportal.platform.entity.InstantConverter;

/**
 * An in-memory H2 database migrated by the real changelog, with a persistence unit of the
 * calendar's and counters' entities only, so their mappings, queries and locks meet the schema
 * the servers get.
 */
public final class CalendarDatabase implements AutoCloseable {

    static {
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
    }

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Connection keepAlive;
    private final EntityManagerFactory factory;

    public CalendarDatabase(String name) throws Exception {
        // Waiting callers queue on the counter's row lock; give them time on a slow machine.
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        keepAlive = dataSource.getConnection();
        Database db = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(keepAlive));
        new Liquibase(SchemaMigration.CHANGELOG,
                new ClassLoaderResourceAccessor(CalendarDatabase.class.getClassLoader()), db)
                .update("");
        factory = new PersistenceProvider().createContainerEntityManagerFactory(
                new Unit(dataSource), Map.of(
                        "eclipselink.weaving", "false",
                        "eclipselink.target-server", "None",
                        "eclipselink.logging.level", "OFF",
                        "eclipselink.ddl-generation", "none"));
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Runs work in one committed transaction of a fresh entity manager. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() throws Exception {
        factory.close();
        try (var st = keepAlive.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
        keepAlive.close();
    }

    /** The persistence unit, as a container would describe it. */
    private record Unit(DataSource dataSource) implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return "calendar-test";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return PersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return WorkCalendarDay.class.getProtectionDomain().getCodeSource().getLocation();
        }

        @Override
        public List<String> getManagedClassNames() {
            return List.of(WorkCalendarDay.class.getName(), DossierCounter.class.getName(),
                    InstantConverter.class.getName());
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.ENABLE_SELECTIVE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return CalendarDatabase.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // No weaving in these tests.
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return CalendarDatabase.class.getClassLoader();
        }
    }
}
