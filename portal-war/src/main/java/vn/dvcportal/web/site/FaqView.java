package vn.dvcportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * The questions and answers page. The questions are the numbered {@code faq.qN}/{@code faq.aN}
 * pairs of the label bundle, so a new question needs no change to the page.
 */
@Named
@RequestScoped
public class FaqView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The label keys of one question and its answer. */
    public record Item(String question, String answer) implements Serializable {
    }

    @Inject
    LanguagePreference languagePreference;

    public List<Item> getItems() {
        return items(Texts.bundle(languagePreference.getLocale()));
    }

    /** Every pair from {@code faq.q1} on, up to the first number without a question. */
    static List<Item> items(ResourceBundle bundle) {
        List<Item> items = new ArrayList<>();
        for (int n = 1; bundle.containsKey("faq.q" + n); n++) {
            items.add(new Item("faq.q" + n, "faq.a" + n));
        }
        return items;
    }
}
