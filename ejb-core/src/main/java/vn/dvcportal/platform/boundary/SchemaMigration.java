package vn.dvcportal.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema to the version this build expects before anything else touches the
 * database. Liquibase takes a lock table of its own, so two servers starting together on one
 * database migrate once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String CHANGELOG = "db/changelog/master.xml";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/DvcDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            LOG.log(Level.INFO, "Applying schema migrations on {0}",
                    database.getDatabaseProductName());
            try (Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
                    database)) {
                liquibase.update("");
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("The database schema could not be migrated", e);
        }
    }
}
