package vn.dvcportal.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

class LinksTest {

    private static List<String> labels(ResourceBundle bundle) {
        return Links.menu("").stream().map(i -> bundle.getString(i.label())).toList();
    }

    @Test
    void theMenuNamesTheCatalogueAsItsPageDoes() {
        ResourceBundle vi = Texts.bundle(LanguagePreference.VIETNAMESE);
        assertEquals(List.of("Trang chủ", "Giới thiệu", "Thủ tục hành chính",
                "Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Thống kê", "Hỏi đáp", "Sơ đồ cổng"),
                labels(vi));
        assertEquals(vi.getString("procedures.title"), vi.getString("menu.procedures"));
        ResourceBundle en = Texts.bundle(LanguagePreference.ENGLISH);
        assertEquals("Administrative procedures", en.getString("menu.procedures"));
        assertEquals(en.getString("procedures.title"), en.getString("menu.procedures"));
    }

    @Test
    void onlinePublicServicesAreTheProceduresWithTheOnlineChannel() {
        Links.MenuItem catalogue = Links.menu("/ctx").get(2);
        Links.MenuItem online = Links.menu("/ctx").get(3);
        assertEquals("/ctx/thu-tuc", catalogue.url());
        assertEquals("/ctx/thu-tuc?kenh=ONLINE", online.url());
        assertEquals("online", online.key());
    }
}
