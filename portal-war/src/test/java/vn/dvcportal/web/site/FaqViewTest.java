package vn.dvcportal.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

class FaqViewTest {

    @Test
    void everyQuestionHasAnAnswerInBothLanguages() {
        for (ResourceBundle bundle : new ResourceBundle[] {
                Texts.bundle(LanguagePreference.VIETNAMESE),
                Texts.bundle(LanguagePreference.ENGLISH)}) {
            List<FaqView.Item> items = FaqView.items(bundle);
            assertTrue(items.size() >= 8 && items.size() <= 10, "8 to 10 questions");
            for (FaqView.Item item : items) {
                assertTrue(bundle.containsKey(item.answer()), item.answer());
            }
        }
        assertEquals("faq.q1", FaqView.items(Texts.bundle(LanguagePreference.VIETNAMESE)).get(0)
                .question());
    }
}
