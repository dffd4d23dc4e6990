package vn.dvcportal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

    @Test
    void theAddressWinsOverTheCookie() {
        assertEquals(LanguagePreference.ENGLISH, LanguagePreference.resolve("en", "vi"));
        assertEquals(LanguagePreference.VIETNAMESE, LanguagePreference.resolve("vi", "en"));
    }

    @Test
    void theCookieIsReadWhenTheAddressSaysNothingUsable() {
        assertEquals(LanguagePreference.ENGLISH, LanguagePreference.resolve(null, "en"));
        assertEquals(LanguagePreference.ENGLISH, LanguagePreference.resolve("fr", "en"));
    }

    @Test
    void vietnameseIsTheDefault() {
        assertEquals(LanguagePreference.VIETNAMESE, LanguagePreference.resolve(null, null));
        assertEquals(LanguagePreference.VIETNAMESE,
                LanguagePreference.resolve("<script>", "x\"; Path=/"));
    }

    @Test
    void theCookieLastsAYearForTheWholeSiteAndStaysOutOfScripts() {
        assertEquals("lang=en; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax",
                LanguagePreference.cookieHeader(LanguagePreference.ENGLISH, "", false));
        assertEquals("lang=vi; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax",
                LanguagePreference.cookieHeader(LanguagePreference.VIETNAMESE, null, false));
    }

    @Test
    void theCookieFollowsTheApplicationAndHttps() {
        String header = LanguagePreference.cookieHeader(LanguagePreference.ENGLISH, "/portal",
                true);
        assertTrue(header.contains("; Path=/portal;"), header);
        assertTrue(header.endsWith("; Secure"), header);
    }
}
