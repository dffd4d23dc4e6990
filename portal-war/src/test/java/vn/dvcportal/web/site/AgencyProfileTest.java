package vn.dvcportal.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgencyProfileTest {

    @Test
    void readsUtf8AndNormalisesToNfc() throws IOException {
        String decomposed = Normalizer.normalize("Ủy ban nhân dân tỉnh", Normalizer.Form.NFD);
        byte[] file = ("agency.name=" + decomposed + "  \n").getBytes(StandardCharsets.UTF_8);
        Map<String, String> values = AgencyProfile.read(new ByteArrayInputStream(file));
        assertEquals("Ủy ban nhân dân tỉnh", values.get("agency.name"));
        assertEquals(Normalizer.normalize("Ủy ban nhân dân tỉnh", Normalizer.Form.NFC),
                values.get("agency.name"));
    }

    @Test
    void englishFallsBackToVietnamese() {
        Map<String, String> values = Map.of("agency.name", "Ủy ban", "agency.name.en", "Committee",
                "footer.phone", "0200 3 800 000", "footer.email.en", "");
        assertEquals("Committee", AgencyProfile.resolve(values, "agency.name", Locale.ENGLISH));
        assertEquals("Ủy ban", AgencyProfile.resolve(values, "agency.name",
                Locale.forLanguageTag("vi-VN")));
        assertEquals("0200 3 800 000",
                AgencyProfile.resolve(values, "footer.phone", Locale.ENGLISH));
        assertEquals("", AgencyProfile.resolve(values, "footer.email", Locale.ENGLISH));
    }

    @Test
    void theBuiltInProfileHasEveryKeyTheLayoutShows() throws IOException {
        try (InputStream in = AgencyProfile.class.getResourceAsStream(AgencyProfile.DEFAULTS)) {
            assertNotNull(in, "the built-in profile is copied from server-config/agency");
            Map<String, String> values = AgencyProfile.read(in);
            for (String key : new String[] {"agency.name", "portal.name", "agency.logo",
                    "footer.agency", "footer.responsible", "footer.address", "footer.phone",
                    "footer.email", "footer.copyright"}) {
                assertFalse(values.getOrDefault(key, "").isEmpty(), key);
            }
        }
    }
}
