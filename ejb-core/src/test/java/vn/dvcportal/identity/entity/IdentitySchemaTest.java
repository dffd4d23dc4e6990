package vn.dvcportal.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.dvcportal.platform.boundary.SchemaMigration;

/**
 * The identity changelog creates what the entities map, on H2 and, through H2's Oracle mode,
 * in the SQL Liquibase writes for Oracle; names suit Oracle.
 */
class IdentitySchemaTest {

    private static final String CHANGELOG = "db/changelog/003-identity.xml";
    private static final String NS = "http://www.liquibase.org/xml/ns/dbchangelog";
    private static final Pattern VARCHAR = Pattern.compile("VARCHAR\\((\\d+)\\)");
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    private static final List<String> TABLES_CREATED = List.of("ACCOUNT", "ORG_UNIT",
            "OFFICIAL_POSTING", "OFFICIAL_ROLE", "EXTERNAL_LINK", "ONE_TIME_TOKEN");

    /** Oracle reserved words that look like plausible column names. */
    private static final Set<String> ORACLE_RESERVED = Set.of("ACCESS", "AUDIT", "COLUMN",
            "COMMENT", "CURRENT", "DATE", "FILE", "GROUP", "LEVEL", "MODE", "NUMBER", "ORDER",
            "RESOURCE", "ROW", "ROWS", "SESSION", "SIZE", "START", "TABLE", "UID", "USER",
            "VALIDATE", "VIEW", "PASSWORD", "PRIOR", "PUBLIC", "OPTION", "PRIVILEGES");

    private record ColumnDef(String type, boolean nullable) {
    }

    private record Constraint(String table, List<String> columns, String referencedTable) {
    }

    private static final Map<String, Map<String, ColumnDef>> TABLES = new HashMap<>();
    private static final Map<String, Integer> SEQUENCE_INCREMENTS = new HashMap<>();
    private static final Map<String, Integer> SEQUENCE_STARTS = new HashMap<>();
    private static final Map<String, Constraint> UNIQUE_KEYS = new HashMap<>();
    private static final Map<String, Constraint> FOREIGN_KEYS = new HashMap<>();
    private static final Map<String, Constraint> INDEXES = new HashMap<>();
    private static final Set<String> PRIMARY_KEYS = new TreeSet<>();
    private static final List<Element> CHANGE_SETS = new ArrayList<>();

    @BeforeAll
    static void readChangelog() throws Exception {
        LIQUIBASE.setLevel(Level.WARNING);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc;
        try (InputStream in = IdentitySchemaTest.class.getClassLoader()
                .getResourceAsStream(CHANGELOG)) {
            assertNotNull(in, CHANGELOG + " is not on the class path");
            doc = factory.newDocumentBuilder().parse(in);
        }
        CHANGE_SETS.addAll(elements(doc, "changeSet"));
        for (Element e : elements(doc, "createSequence")) {
            SEQUENCE_INCREMENTS.put(e.getAttribute("sequenceName"),
                    Integer.valueOf(e.getAttribute("incrementBy")));
            SEQUENCE_STARTS.put(e.getAttribute("sequenceName"),
                    Integer.valueOf(e.getAttribute("startValue")));
        }
        for (Element table : elements(doc, "createTable")) {
            Map<String, ColumnDef> columns = new HashMap<>();
            NodeList list = table.getElementsByTagNameNS(NS, "column");
            for (int i = 0; i < list.getLength(); i++) {
                Element column = (Element) list.item(i);
                NodeList constraints = column.getElementsByTagNameNS(NS, "constraints");
                Element c = constraints.getLength() == 0 ? null : (Element) constraints.item(0);
                boolean nullable = c == null || !"false".equals(c.getAttribute("nullable"));
                if (c != null && !c.getAttribute("primaryKeyName").isEmpty()) {
                    PRIMARY_KEYS.add(c.getAttribute("primaryKeyName"));
                }
                columns.put(column.getAttribute("name"),
                        new ColumnDef(column.getAttribute("type"), nullable));
            }
            TABLES.put(table.getAttribute("tableName"), columns);
        }
        for (Element e : elements(doc, "addPrimaryKey")) {
            PRIMARY_KEYS.add(e.getAttribute("constraintName"));
        }
        for (Element e : elements(doc, "addUniqueConstraint")) {
            UNIQUE_KEYS.put(e.getAttribute("constraintName"), new Constraint(
                    e.getAttribute("tableName"), split(e.getAttribute("columnNames")), null));
        }
        for (Element e : elements(doc, "addForeignKeyConstraint")) {
            FOREIGN_KEYS.put(e.getAttribute("constraintName"), new Constraint(
                    e.getAttribute("baseTableName"), split(e.getAttribute("baseColumnNames")),
                    e.getAttribute("referencedTableName")));
        }
        for (Element e : elements(doc, "createIndex")) {
            List<String> columns = new ArrayList<>();
            NodeList list = e.getElementsByTagNameNS(NS, "column");
            for (int i = 0; i < list.getLength(); i++) {
                columns.add(((Element) list.item(i)).getAttribute("name"));
            }
            INDEXES.put(e.getAttribute("indexName"),
                    new Constraint(e.getAttribute("tableName"), columns, null));
        }
    }

    @Test
    void changeSetsAreNumberedOwnedAndHoldOneChangeEach() {
        Set<String> ids = new HashSet<>();
        for (Element changeSet : CHANGE_SETS) {
            String id = changeSet.getAttribute("id");
            assertTrue(id.matches("identity-\\d+"), id);
            assertTrue(ids.add(id), "duplicate changeSet id " + id);
            assertEquals("dvc", changeSet.getAttribute("author"), id);
            int changes = 0;
            NodeList children = changeSet.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child
                        && !"comment".equals(child.getLocalName())) {
                    changes++;
                }
            }
            assertEquals(1, changes, id + " holds one change");
        }
        assertEquals(Set.copyOf(TABLES_CREATED), TABLES.keySet());
    }

    @Test
    void identifiersSuitOracle() {
        Set<String> names = new TreeSet<>();
        names.addAll(TABLES.keySet());
        TABLES.values().forEach(columns -> names.addAll(columns.keySet()));
        names.addAll(SEQUENCE_INCREMENTS.keySet());
        names.addAll(UNIQUE_KEYS.keySet());
        names.addAll(FOREIGN_KEYS.keySet());
        names.addAll(INDEXES.keySet());
        names.addAll(PRIMARY_KEYS);
        for (String name : names) {
            assertTrue(name.length() <= 30, name + " is longer than 30 characters");
            assertTrue(name.matches("[A-Z][A-Z0-9_]*"), name + " is not upper snake case");
            assertFalse(ORACLE_RESERVED.contains(name), name + " is reserved in Oracle");
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {Account.class, OrgUnit.class, OfficialPosting.class,
        ExternalLink.class, OneTimeToken.class})
    void entityMatchesChangelog(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        Map<String, ColumnDef> columns = TABLES.get(table.name());
        assertNotNull(columns, "no table " + table.name());
        Set<String> mapped = new HashSet<>();
        checkFields(entity, table.name(), columns, mapped);
        assertEquals(columns.keySet(), mapped, "columns without a mapping");
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            assertEquals(new Constraint(table.name(), Arrays.asList(unique.columnNames()), null),
                    UNIQUE_KEYS.get(unique.name()), unique.name());
        }
        for (Index index : table.indexes()) {
            assertEquals(new Constraint(table.name(), split(index.columnList()), null),
                    INDEXES.get(index.name()), index.name());
        }
    }

    @Test
    void theRolesOfAPostingHaveTheirTable() throws NoSuchFieldException {
        Field roles = OfficialPosting.class.getDeclaredField("roles");
        CollectionTable table = roles.getAnnotation(CollectionTable.class);
        Column column = roles.getAnnotation(Column.class);
        Map<String, ColumnDef> columns = TABLES.get(table.name());
        assertEquals(Set.of("POSTING_ID", column.name()), columns.keySet());
        assertEquals("VARCHAR(" + column.length() + ")", columns.get(column.name()).type());
        assertEquals(new Constraint(table.name(), List.of("POSTING_ID"), "OFFICIAL_POSTING"),
                FOREIGN_KEYS.get(table.foreignKey().name()));
        assertTrue(PRIMARY_KEYS.contains("PK_OFFICIAL_ROLE"));
    }

    @ParameterizedTest
    @ValueSource(classes = {Account.class, OrgUnit.class, OfficialPosting.class,
        ExternalLink.class, OneTimeToken.class})
    void everyNamedQueryHasItsConstant(Class<?> entity) throws IllegalAccessException {
        Set<String> declared = Arrays.stream(entity.getAnnotationsByType(NamedQuery.class))
                .map(NamedQuery::name).collect(Collectors.toSet());
        Set<String> constants = new HashSet<>();
        for (Field field : entity.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                String value = (String) field.get(null);
                if (value.startsWith(entity.getSimpleName() + ".")) {
                    constants.add(value);
                }
            }
        }
        assertEquals(declared, constants);
    }

    @Test
    void theTablesExistAfterMigratingH2AndASecondRunChangesNothing() throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:mem:identity-schema;DB_CLOSE_DELAY=-1")) {
            update(c);
            int applied = count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG");
            update(c);
            assertEquals(applied, count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
            for (String table : TABLES_CREATED) {
                assertEquals(0, count(c, "SELECT COUNT(*) FROM " + table), table);
            }
            assertEquals(34, count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG"
                    + " WHERE FILENAME = '" + CHANGELOG + "'"));
            assertEquals(50, count(c, "SELECT NEXT VALUE FOR ACCOUNT_SEQ"));
            assertEquals(100, count(c, "SELECT NEXT VALUE FOR ACCOUNT_SEQ"));
        }
    }

    @Test
    void theOracleSqlCreatesTheTablesOnH2InOracleMode() throws Exception {
        List<String> statements = offlineSql("oracle");
        assertTrue(statements.stream().anyMatch(s -> s.contains("CREATE TABLE ACCOUNT")),
                "the Oracle SQL creates ACCOUNT");
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:mem:identity-oracle;MODE=Oracle");
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
            for (String table : TABLES_CREATED) {
                assertEquals(0, count(c, "SELECT COUNT(*) FROM " + table), table);
            }
            for (String sequence : SEQUENCE_INCREMENTS.keySet()) {
                assertEquals(50, count(c, "SELECT " + sequence + ".NEXTVAL FROM DUAL"),
                        sequence);
            }
            st.execute("INSERT INTO ACCOUNT (ID, LOGIN_NAME, KIND, DISPLAY_NAME, CREATED_AT)"
                    + " VALUES (1, 'a', 'OFFICIAL', 'A', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO ACCOUNT (ID, LOGIN_NAME, KIND, DISPLAY_NAME, CREATED_AT)"
                    + " VALUES (2, 'b', 'OFFICIAL', 'B', CURRENT_TIMESTAMP)");
            assertEquals(2, count(c, "SELECT COUNT(*) FROM ACCOUNT WHERE EMAIL IS NULL"
                    + " AND ENABLED AND NOT EMAIL_VERIFIED AND FAILED_SIGN_INS = 0"),
                    "defaults apply and accounts without an address do not collide");
        }
    }

    private static void checkFields(Class<?> type, String table, Map<String, ColumnDef> columns,
            Set<String> mapped) {
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(Embedded.class)) {
                checkFields(field.getType(), table, columns, mapped);
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            if (column != null && !field.isAnnotationPresent(CollectionTable.class)) {
                ColumnDef def = columns.get(column.name());
                assertNotNull(def, table + " has no column " + column.name());
                mapped.add(column.name());
                boolean nullable = column.nullable() && !field.getType().isPrimitive()
                        && !field.isAnnotationPresent(Id.class);
                assertEquals(def.nullable(), nullable, "nullability of " + column.name());
                Matcher varchar = VARCHAR.matcher(def.type());
                if (varchar.matches()) {
                    assertEquals(Integer.parseInt(varchar.group(1)), column.length(),
                            "length of " + column.name());
                }
            }
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            if (join != null && !field.isAnnotationPresent(CollectionTable.class)) {
                ColumnDef def = columns.get(join.name());
                assertNotNull(def, table + " has no column " + join.name());
                mapped.add(join.name());
                assertEquals(def.nullable(), join.nullable(), "nullability of " + join.name());
                Constraint fk = FOREIGN_KEYS.get(join.foreignKey().name());
                assertEquals(new Constraint(table, List.of(join.name()),
                        field.getType().getAnnotation(Table.class).name()), fk,
                        join.foreignKey().name());
            }
            SequenceGenerator generator = field.getAnnotation(SequenceGenerator.class);
            if (generator != null) {
                Integer increment = SEQUENCE_INCREMENTS.get(generator.sequenceName());
                assertNotNull(increment, "no sequence " + generator.sequenceName());
                assertEquals(increment, generator.allocationSize(), "allocation size");
                assertTrue(SEQUENCE_STARTS.get(generator.sequenceName())
                        >= generator.allocationSize(), "sequence start");
            }
        }
    }

    private static void update(Connection c) throws Exception {
        Database db = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(c));
        Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () ->
                new Liquibase(SchemaMigration.CHANGELOG, resources(), db).update(""));
    }

    /** The statements Liquibase would run on an empty database of that kind. */
    private static List<String> offlineSql(String kind) throws Exception {
        Path history = Files.createTempDirectory("liquibase").resolve("history.csv");
        Database db = DatabaseFactory.getInstance().openDatabase("offline:" + kind
                + "?outputLiquibaseSql=none&changeLogFile=" + history, null, null, null,
                resources());
        StringWriter out = new StringWriter();
        new Liquibase(SchemaMigration.CHANGELOG, resources(), db)
                .update(new Contexts(), new LabelExpression(), out);
        List<String> statements = new ArrayList<>();
        for (String part : out.toString().split(";\\s*\\n")) {
            String sql = part.lines().filter(l -> !l.startsWith("--"))
                    .collect(Collectors.joining("\n")).trim();
            if (!sql.isEmpty()) {
                statements.add(sql);
            }
        }
        return statements;
    }

    private static ClassLoaderResourceAccessor resources() {
        return new ClassLoaderResourceAccessor(IdentitySchemaTest.class.getClassLoader());
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(NS, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).toList();
    }
}
