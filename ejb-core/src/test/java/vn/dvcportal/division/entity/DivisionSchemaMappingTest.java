package vn.dvcportal.division.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The entities name tables, columns, sequences and constraints that the Liquibase changelog
 * creates; EclipseLink would only notice a mismatch at the first query on a real database.
 */
class DivisionSchemaMappingTest {

    private static final String CHANGELOG = "db/changelog/002-division.xml";
    private static final String NS = "http://www.liquibase.org/xml/ns/dbchangelog";
    private static final Pattern VARCHAR = Pattern.compile("VARCHAR\\((\\d+)\\)");

    /** Oracle reserved words that look like plausible column names. */
    private static final Set<String> ORACLE_RESERVED = Set.of("ACCESS", "AUDIT", "COLUMN",
            "COMMENT", "CURRENT", "DATE", "FILE", "GROUP", "LEVEL", "MODE", "NUMBER", "ORDER",
            "RESOURCE", "ROW", "ROWS", "SESSION", "SIZE", "START", "TABLE", "UID", "USER",
            "VALIDATE", "VIEW");

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
    private static final List<Element> CHANGE_SETS = new ArrayList<>();

    @BeforeAll
    static void readChangelog() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc;
        try (InputStream in = DivisionSchemaMappingTest.class.getClassLoader()
                .getResourceAsStream(CHANGELOG)) {
            assertNotNull(in, CHANGELOG + " is not on the class path");
            doc = factory.newDocumentBuilder().parse(in);
        }
        for (Element e : elements(doc, "changeSet")) {
            CHANGE_SETS.add(e);
        }
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
                boolean nullable = constraints.getLength() == 0
                        || !"false".equals(((Element) constraints.item(0))
                                .getAttribute("nullable"));
                columns.put(column.getAttribute("name"),
                        new ColumnDef(column.getAttribute("type"), nullable));
            }
            TABLES.put(table.getAttribute("tableName"), columns);
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
    void changeSetsAreNumberedAndOwned() {
        Set<String> ids = new HashSet<>();
        for (Element changeSet : CHANGE_SETS) {
            String id = changeSet.getAttribute("id");
            assertTrue(id.matches("division-\\d+"), id);
            assertTrue(ids.add(id), "duplicate changeSet id " + id);
            assertEquals("dvc", changeSet.getAttribute("author"), id);
        }
        assertFalse(ids.isEmpty());
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
        names.add("PK_ADMIN_UNIT");
        names.add("PK_ADMIN_UNIT_SUCCESSION");
        for (String name : names) {
            assertTrue(name.length() <= 30, name + " is longer than 30 characters");
            assertTrue(name.matches("[A-Z][A-Z0-9_]*"), name + " is not upper snake case");
            assertFalse(ORACLE_RESERVED.contains(name), name + " is reserved in Oracle");
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {AdministrativeUnit.class, UnitSuccession.class})
    void entityMatchesChangelog(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        Map<String, ColumnDef> columns = TABLES.get(table.name());
        assertNotNull(columns, "no table " + table.name());
        Set<String> mapped = new HashSet<>();
        for (Field field : entity.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null) {
                ColumnDef def = columns.get(column.name());
                assertNotNull(def, table.name() + " has no column " + column.name());
                mapped.add(column.name());
                boolean nullable = column.nullable() && !field.getType().isPrimitive()
                        && !field.isAnnotationPresent(Id.class);
                assertEquals(def.nullable(), nullable,
                        "nullability of " + column.name());
                Matcher varchar = VARCHAR.matcher(def.type());
                if (varchar.matches()) {
                    assertEquals(Integer.parseInt(varchar.group(1)), column.length(),
                            "length of " + column.name());
                }
            }
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            if (join != null) {
                ColumnDef def = columns.get(join.name());
                assertNotNull(def, table.name() + " has no column " + join.name());
                mapped.add(join.name());
                assertEquals(def.nullable(), join.nullable(), "nullability of " + join.name());
                Constraint fk = FOREIGN_KEYS.get(join.foreignKey().name());
                assertEquals(new Constraint(table.name(), List.of(join.name()),
                        entity(field.getType())), fk, join.foreignKey().name());
            }
            SequenceGenerator generator = field.getAnnotation(SequenceGenerator.class);
            if (generator != null) {
                Integer increment = SEQUENCE_INCREMENTS.get(generator.sequenceName());
                assertNotNull(increment, "no sequence " + generator.sequenceName());
                assertEquals(increment, generator.allocationSize(), "allocation size");
                // EclipseLink takes the drawn value as the last id of its block; a start below
                // the block size would hand out ids below one.
                assertTrue(SEQUENCE_STARTS.get(generator.sequenceName())
                        >= generator.allocationSize(), "sequence start");
            }
        }
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

    @ParameterizedTest
    @ValueSource(classes = {AdministrativeUnit.class, UnitSuccession.class})
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

    private static String entity(Class<?> type) {
        return type.getAnnotation(Table.class).name();
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
