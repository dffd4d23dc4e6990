package vn.dvcportal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.validator.LengthValidator;
import jakarta.faces.validator.LongRangeValidator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.primefaces.validate.FileValidator;

class FacesMessagesTest {

    private static final ResourceBundle VI = FacesMessages.bundle(LanguagePreference.VIETNAMESE);
    private static final ResourceBundle EN = FacesMessages.bundle(LanguagePreference.ENGLISH);

    @Test
    void bothLanguagesHaveTheSameMessages() {
        assertEquals(new TreeSet<>(VI.keySet()), new TreeSet<>(EN.keySet()));
    }

    @Test
    void theMessagesTheAdministrationCanMeetAreThere() {
        for (String id : List.of(UIInput.REQUIRED_MESSAGE_ID, UIInput.CONVERSION_MESSAGE_ID,
                UIInput.UPDATE_MESSAGE_ID, UISelectOne.INVALID_MESSAGE_ID,
                IntegerConverter.INTEGER_ID, LongConverter.LONG_ID,
                LengthValidator.MAXIMUM_MESSAGE_ID, LongRangeValidator.NOT_IN_RANGE_MESSAGE_ID,
                FileValidator.ALLOW_TYPES_MESSAGE_ID, FileValidator.SIZE_LIMIT_MESSAGE_ID,
                FileValidator.FILE_LIMIT_MESSAGE_ID)) {
            assertTrue(VI.containsKey(id), id);
        }
        assertTrue(FacesMessages.FILE_CHECKS.stream().allMatch(VI::containsKey));
    }

    @Test
    void vietnameseIsPrecomposedAndEveryPatternParses() {
        for (String key : VI.keySet()) {
            assertTrue(Normalizer.isNormalized(VI.getString(key), Normalizer.Form.NFC), key);
            new MessageFormat(VI.getString(key), VI.getLocale());
            new MessageFormat(EN.getString(key), EN.getLocale());
        }
    }

    @Test
    void aFileTooLargeIsExplainedInVietnamese() {
        String text = new MessageFormat(VI.getString(FileValidator.SIZE_LIMIT_MESSAGE_ID
                + "_detail"), VI.getLocale()).format(new Object[] {"tthc.jsonl", "200 MB"});
        assertEquals("Tệp “tthc.jsonl” lớn hơn dung lượng tối đa 200 MB.", text);
    }

    @Test
    void vietnameseWinsOnAServerSetUpInEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            ResourceBundle bundle = ResourceBundle.getBundle(FacesMessages.BUNDLE,
                    LanguagePreference.VIETNAMESE);
            assertEquals("Tệp quá lớn.", bundle.getString(FileValidator.SIZE_LIMIT_MESSAGE_ID));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void theBrowserGetsValidJson() {
        String json = FacesMessages.forBrowser(LanguagePreference.ENGLISH,
                List.of(FileValidator.SIZE_LIMIT_MESSAGE_ID, "no.such.key"));
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        assertEquals(1, object.size());
        assertEquals("The file is too large.",
                object.getString(FileValidator.SIZE_LIMIT_MESSAGE_ID));
    }
}
