package vn.dvcportal.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdNumberTest {

    private static final Year THIS_YEAR = Year.of(2025);

    @ParameterizedTest
    @CsvSource({
        "001090012345, 001, 1990, true",
        "079195001234, 079, 1995, false",
        "096203000001, 096, 2003, true",
        "038325000777, 038, 2025, false",
        "001000000000, 001, 1900, true"
    })
    void readsProvinceYearAndSex(String text, String province, int year, boolean male) {
        PersonalIdNumber id = PersonalIdNumber.parse(text, THIS_YEAR);
        assertEquals(text, id.digits());
        assertEquals(province, id.provinceCode());
        assertEquals(year, id.birthYear());
        assertEquals(male, id.isMale());
    }

    @Test
    void spacesBetweenGroupsAreIgnored() {
        assertEquals("001090012345",
                PersonalIdNumber.parse(" 001 090 012\u00a0345 ", THIS_YEAR).digits());
    }

    @Test
    void emptyIsRefusedWithTheFieldName() {
        assertEquals("Số định danh cá nhân không được để trống.",
                PersonalIdNumber.problem("  ", THIS_YEAR));
        assertEquals("Số định danh cá nhân không được để trống.",
                PersonalIdNumber.problem(null, THIS_YEAR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00109001234", "0010900123456", "1", "001090012345678901"})
    void theLengthMustBeTwelve(String text) {
        String problem = PersonalIdNumber.problem(text, THIS_YEAR);
        assertTrue(problem.startsWith("Số định danh cá nhân phải gồm đúng 12 chữ số"), problem);
        assertTrue(problem.contains("đã nhập " + text.length()), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00109001234A", "001-090-0123", "００１０９００１２３４５",
        "<script>1234", "' OR '1'='1", "001090012345;"})
    void onlyDigitsAreAllowed(String text) {
        assertEquals("Số định danh cá nhân chỉ được gồm các chữ số 0–9.",
                PersonalIdNumber.problem(text, THIS_YEAR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000090012345", "003090012345", "099090012345", "097090012345",
        "100090012345", "063090012345"})
    void theFirstThreeDigitsMustBeAProvince(String text) {
        String problem = PersonalIdNumber.problem(text, THIS_YEAR);
        assertTrue(problem.contains("ba chữ số đầu (" + text.substring(0, 3) + ")"), problem);
        assertTrue(problem.contains("không phải mã tỉnh"), problem);
    }

    @Test
    void aBirthYearStillToComeIsRefused() {
        assertNull(PersonalIdNumber.problem("001225012345", THIS_YEAR), "2025 is this year");
        String problem = PersonalIdNumber.problem("001226012345", THIS_YEAR);
        assertEquals("Số định danh cá nhân không hợp lệ: năm sinh ghi trong số (2026) chưa"
                + " tới.", problem);
        assertTrue(PersonalIdNumber.problem("001490012345", THIS_YEAR).contains("2190"));
        assertThrows(IllegalArgumentException.class,
                () -> PersonalIdNumber.parse("001226012345", THIS_YEAR));
        assertFalse(PersonalIdNumber.isValid("001990012345"));
    }

    @Test
    void theProvinceCodesAreThoseOfTheSixtyThreeProvinces() {
        assertEquals(63, PersonalIdNumber.PROVINCE_CODES.size());
    }

    /** The list in the code against the official list of the three-level tree, when present. */
    @Test
    void theProvinceCodesMatchTheOfficialList() throws Exception {
        Path file = sharedData().resolve("dvhcvn_2025-03-01_pre_reform_3level.json");
        assumeTrue(Files.isRegularFile(file), () -> "Skipped: real data file " + file
                + " is absent; put the shared data beside the repository or set"
                + " -Ddvc.shared.data=<dir>");
        Set<String> official;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(in)) {
            JsonObject root = json.readObject();
            official = root.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                    .map(p -> "0" + p.getString("level1_id"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(official, new TreeSet<>(PersonalIdNumber.PROVINCE_CODES));
    }

    private static Path sharedData() {
        String configured = System.getProperty("dvc.shared.data");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d.resolve("../shared/data").normalize();
            }
        }
        return dir.resolve("../../shared/data").normalize();
    }
}
