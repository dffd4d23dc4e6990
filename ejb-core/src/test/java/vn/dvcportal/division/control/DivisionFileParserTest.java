package vn.dvcportal.division.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;

class DivisionFileParserTest {

    private static final String MERGES = "dvhcvn_2025-07-01_new_to_old_merges.json";
    private static final String THREE_LEVEL = "dvhcvn_2025-03-01_pre_reform_3level.json";
    private static final String PROVINCES_CSV = "dvhcvn_2025-07-01_34_provinces.csv";

    private final DivisionFileParser parser = new DivisionFileParser();

    /** Against the lists in force since 1 July 2025. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class CurrentList {

        private DivisionFile file;

        @BeforeAll
        void parse() {
            file = parser.parseCurrent(SharedData.file(MERGES));
        }

        @Test
        void countsProvincesAndCommunes() {
            assertEquals(UnitEra.CURRENT, file.era());
            assertEquals(34, file.count(UnitLevel.PROVINCE));
            assertEquals(0, file.count(UnitLevel.DISTRICT));
            assertEquals(3_321, file.count(UnitLevel.COMMUNE));
            assertEquals(34 + 3_321, file.units().size());
        }

        @Test
        void readsBaDinhWardWithItsMerges() {
            UnitRecord baDinh = file.find(UnitLevel.COMMUNE, "00004").orElseThrow();
            assertAll(
                    () -> assertEquals("Phường Ba Đình", baDinh.name()),
                    () -> assertEquals("Phường", baDinh.unitType()),
                    () -> assertEquals("01", baDinh.parentCode()),
                    () -> assertEquals(UnitLevel.PROVINCE, baDinh.parentLevel()));
            Map<String, MergedUnit> merged = baDinh.merged().stream()
                    .collect(Collectors.toMap(MergedUnit::code, m -> m));
            assertEquals(new MergedUnit(UnitLevel.COMMUNE, "00004", "Phường Trúc Bạch", false),
                    merged.get("00004"));
            assertEquals(new MergedUnit(UnitLevel.COMMUNE, "00013", "Phường Quán Thánh", false),
                    merged.get("00013"));
            assertEquals(new MergedUnit(UnitLevel.COMMUNE, "00016", "Phường Ngọc Hà", true),
                    merged.get("00016"));
        }

        @Test
        void tellsProvinceTypesFromNames() {
            UnitRecord haNoi = file.find(UnitLevel.PROVINCE, "01").orElseThrow();
            assertEquals("Thành phố Trung ương", haNoi.unitType());
            assertNull(haNoi.parentCode());
            assertEquals("Tỉnh", file.find(UnitLevel.PROVINCE, "08").orElseThrow().unitType());
            assertEquals(Map.of("Thành phố Trung ương", 6L, "Tỉnh", 28L),
                    typeCounts(UnitLevel.PROVINCE));
        }

        @Test
        void tellsCommuneTypesFromNames() {
            assertEquals(Map.of("Xã", 2_621L, "Phường", 687L, "Đặc khu", 13L),
                    typeCounts(UnitLevel.COMMUNE));
        }

        @Test
        void recordsMergedProvinces() {
            List<MergedUnit> tuyenQuang = file.find(UnitLevel.PROVINCE, "08").orElseThrow()
                    .merged();
            assertEquals(List.of(
                    new MergedUnit(UnitLevel.PROVINCE, "02", "Tỉnh Hà Giang", false),
                    new MergedUnit(UnitLevel.PROVINCE, "08", "Tỉnh Tuyên Quang", false)),
                    tuyenQuang);
        }

        @Test
        void readsAWholeIslandDistrictAsADistrict() {
            UnitRecord conDao = file.find(UnitLevel.COMMUNE, "26732").orElseThrow();
            assertEquals("Đặc khu Côn Đảo", conDao.name());
            assertEquals("Đặc khu", conDao.unitType());
            assertEquals(List.of(
                    new MergedUnit(UnitLevel.DISTRICT, "755", "Huyện Côn Đảo", false)),
                    conDao.merged());
        }

        @Test
        void countsAllMerges() {
            int provinceMerges = file.units().stream()
                    .filter(u -> u.level() == UnitLevel.PROVINCE)
                    .mapToInt(u -> u.merged().size()).sum();
            long partial = file.units().stream().flatMap(u -> u.merged().stream())
                    .filter(MergedUnit::partial).count();
            assertEquals(10_667, file.mergeCount());
            // Every one of the 63 old provinces went whole into exactly one new province.
            assertEquals(63, provinceMerges);
            assertEquals(1_012, partial);
        }

        @Test
        void agreesWithTheProvinceListInCsv() throws IOException {
            List<String> lines = Files.readAllLines(SharedData.file(PROVINCES_CSV),
                    StandardCharsets.UTF_8);
            Map<String, String> csv = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", -1);
                    csv.put(cells[1].strip(), Normalizer.normalize(cells[2].strip(),
                            Normalizer.Form.NFC));
                }
            }
            assertEquals(34, csv.size());
            for (Map.Entry<String, String> entry : csv.entrySet()) {
                UnitRecord province = file.find(UnitLevel.PROVINCE, entry.getKey())
                        .orElseThrow(() -> new AssertionError("No province " + entry.getKey()));
                assertTrue(province.name().endsWith(entry.getValue()),
                        province.name() + " vs " + entry.getValue());
            }
        }

        private Map<String, Long> typeCounts(UnitLevel level) {
            return file.units().stream().filter(u -> u.level() == level)
                    .collect(Collectors.groupingBy(UnitRecord::unitType, Collectors.counting()));
        }
    }

    /** Against the three-level list in force before the reform. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OldList {

        private DivisionFile file;

        @BeforeAll
        void parse() {
            file = parser.parsePre2025(SharedData.file(THREE_LEVEL));
        }

        @Test
        void countsAllThreeLevels() {
            assertEquals(UnitEra.PRE_2025, file.era());
            assertEquals(63, file.count(UnitLevel.PROVINCE));
            assertEquals(696, file.count(UnitLevel.DISTRICT));
            assertEquals(10_047, file.count(UnitLevel.COMMUNE));
            assertEquals(0, file.mergeCount());
        }

        @Test
        void readsTheTreeWithGivenTypes() {
            UnitRecord trucBach = file.find(UnitLevel.COMMUNE, "00004").orElseThrow();
            assertEquals("Phường Trúc Bạch", trucBach.name());
            assertEquals("Phường", trucBach.unitType());
            assertEquals("001", trucBach.parentCode());
            UnitRecord baDinh = file.find(UnitLevel.DISTRICT, "001").orElseThrow();
            assertEquals("Quận Ba Đình", baDinh.name());
            assertEquals("Quận", baDinh.unitType());
            assertEquals("01", baDinh.parentCode());
            assertEquals("Thành phố Trung ương",
                    file.find(UnitLevel.PROVINCE, "01").orElseThrow().unitType());
        }

        @Test
        void keepsDistrictsWithoutCommunes() {
            UnitRecord conDao = file.find(UnitLevel.DISTRICT, "755").orElseThrow();
            assertEquals("Huyện Côn Đảo", conDao.name());
            assertTrue(file.units().stream().noneMatch(u -> "755".equals(u.parentCode())));
        }

        @Test
        void knowsEveryOldUnitNamedInTheMergeList() {
            DivisionFile current = parser.parseCurrent(SharedData.file(MERGES));
            List<String> unknown = current.units().stream()
                    .flatMap(u -> u.merged().stream())
                    .filter(m -> file.find(m.level(), m.code())
                            .filter(old -> old.name().equals(m.name())).isEmpty())
                    .map(m -> m.level() + " " + m.code() + " " + m.name())
                    .toList();
            assertEquals(List.of(), unknown);
        }
    }

    @Test
    void storesNamesInNfcWithSingleSpaces() {
        String decomposed = Normalizer.normalize("Phường  Ba Đình ", Normalizer.Form.NFD);
        assertFalse(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC));
        DivisionFile file = parser.parseCurrent(new StringReader("""
                {"data": [{"level1_id": "01", "name": "Thành phố Hà Nội", "merges": [],
                  "level2s": [{"level2_id": "00004", "name": "%s",
                    "merges": [{"old_id": "00004", "name": "%s", "type": "Full"}]}]}]}
                """.formatted(decomposed, decomposed)));
        UnitRecord ward = file.find(UnitLevel.COMMUNE, "00004").orElseThrow();
        assertEquals("Phường Ba Đình", ward.name());
        assertTrue(Normalizer.isNormalized(ward.name(), Normalizer.Form.NFC));
        assertEquals("Phường", ward.unitType());
        assertEquals("Phường Ba Đình", ward.merged().get(0).name());
    }

    @Test
    void rejectsAnUnknownMergeType() {
        DivisionFileException e = assertThrows(DivisionFileException.class,
                () -> parseCurrent("{\"old_id\": \"00004\", \"name\": \"Xã A\","
                        + " \"type\": \"some\"}"));
        assertTrue(e.getMessage().contains("commune 00004"), e.getMessage());
    }

    @Test
    void rejectsACodeWrittenAsANumber() {
        assertThrows(DivisionFileException.class,
                () -> parseCurrent("{\"old_id\": 4, \"name\": \"Xã A\", \"type\": \"full\"}"));
    }

    @Test
    void rejectsACodeOfUnknownLength() {
        assertThrows(DivisionFileException.class,
                () -> parseCurrent("{\"old_id\": \"0004\", \"name\": \"Xã A\","
                        + " \"type\": \"full\"}"));
    }

    @Test
    void rejectsADuplicateCode() {
        String commune = "{\"level2_id\": \"00004\", \"name\": \"Xã A\", \"merges\": []}";
        DivisionFileException e = assertThrows(DivisionFileException.class,
                () -> parser.parseCurrent(new StringReader("{\"data\": [{\"level1_id\": \"01\","
                        + " \"name\": \"Tỉnh A\", \"level2s\": [" + commune + ", " + commune
                        + "]}]}")));
        assertTrue(e.getMessage().contains("00004"), e.getMessage());
    }

    @Test
    void rejectsANameWithoutAKnownPrefix() {
        assertThrows(DivisionFileException.class,
                () -> parser.parseCurrent(new StringReader(
                        "{\"data\": [{\"level1_id\": \"01\", \"name\": \"Hà Nội\"}]}")));
    }

    @Test
    void rejectsMalformedJson() {
        assertThrows(DivisionFileException.class,
                () -> parser.parsePre2025(new StringReader("{\"data\": [{\"level1_id\": ")));
        assertThrows(DivisionFileException.class,
                () -> parser.parsePre2025(new StringReader("{\"stats\": {}}")));
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        assertThrows(DivisionFileException.class,
                () -> parser.parsePre2025(dir.resolve("missing.json")));
    }

    private DivisionFile parseCurrent(String merge) {
        return parser.parseCurrent(new StringReader("{\"data\": [{\"level1_id\": \"01\","
                + " \"name\": \"Tỉnh A\", \"level2s\": [{\"level2_id\": \"00004\","
                + " \"name\": \"Xã A\", \"merges\": [" + merge + "]}]}]}"));
    }
}
