package vn.dvcportal.eform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "9.000001", "9.000004", "9.000029"})
    void everyBuiltInFormParsesAndPrefillsOnlyFromKnownSources(String name) throws IOException {
        FormSchema schema = FormSchema.parse(builtIn(name));
        assertTrue(schema.fields().size() >= 8, name);
        assertTrue(schema.field("fullName").isPresent(), name);
        schema.fields().stream().filter(f -> f.prefill() != null)
                .forEach(f -> assertTrue(FormPrefill.known(f.prefill()), f.prefill()));
    }

    @Test
    void refusesDuplicateKeysBadPatternsAndOrphanCommunes() {
        assertEquals("Mã trường bị trùng: a", message("""
                {"fields":[{"key":"a","label":"A"},{"key":"a","label":"B"}]}"""));
        assertTrue(message("""
                {"fields":[{"key":"a","label":"A","pattern":"[a-"}]}""").contains("pattern"));
        assertTrue(message("""
                {"fields":[{"key":"x","label":"Xã","type":"COMMUNE","dependsOn":"p"}]}""")
                .contains("dependsOn"));
        assertTrue(message("""
                {"fields":[{"key":"s","label":"Chọn","type":"SELECT"}]}""").contains("choices"));
        assertTrue(message("not json").contains("JSON"));
        assertTrue(message("""
                {"fields":[{"key":"1a","label":"A"}]}""").contains("mã trường"));
    }

    @Test
    void labelsAreNfcWhateverTheFileHad() {
        FormSchema schema = FormSchema.parse("""
                {"fields":[{"key":"a","label":"Ho\u0323 va\u0300 te\u0302n"}]}""");
        assertEquals("Họ và tên", schema.fields().get(0).label());
    }

    private static String message(String json) {
        return assertThrows(IllegalArgumentException.class, () -> FormSchema.parse(json))
                .getMessage();
    }

    static String builtIn(String name) throws IOException {
        try (InputStream in = FormSchemaTest.class.getResourceAsStream("/forms/" + name
                + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
