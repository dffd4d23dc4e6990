package vn.dvcportal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final ResourceBundle VI = Texts.bundle(LanguagePreference.VIETNAMESE);
    private static final ResourceBundle EN = Texts.bundle(LanguagePreference.ENGLISH);

    @Test
    void bothLanguagesHaveTheSameLabels() {
        Set<String> vietnamese = new TreeSet<>(VI.keySet());
        Set<String> english = new TreeSet<>(EN.keySet());
        assertEquals(vietnamese, english);
    }

    @Test
    void vietnameseIsPrecomposed() {
        for (String key : VI.keySet()) {
            String value = VI.getString(key);
            assertTrue(Normalizer.isNormalized(value, Normalizer.Form.NFC), key);
        }
    }

    @Test
    void everyPatternParses() {
        for (ResourceBundle bundle : new ResourceBundle[] {VI, EN}) {
            for (String key : bundle.keySet()) {
                new MessageFormat(bundle.getString(key), bundle.getLocale());
            }
        }
    }

    @Test
    void vietnameseWinsOnAServerSetUpInEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE,
                    LanguagePreference.VIETNAMESE);
            assertEquals("Trang chủ", bundle.getString("menu.home"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void countsAreFormattedForTheReader() {
        assertEquals("Tìm thấy 2.381 thủ tục",
                Texts.format(LanguagePreference.VIETNAMESE, "procedures.found", 2381));
        assertEquals("2,381 procedures found",
                Texts.format(LanguagePreference.ENGLISH, "procedures.found", 2381));
        assertEquals("1 procedure found",
                Texts.format(LanguagePreference.ENGLISH, "procedures.found", 1));
    }
}
