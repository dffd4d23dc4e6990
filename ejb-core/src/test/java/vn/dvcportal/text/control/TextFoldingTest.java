package vn.dvcportal.text.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFoldingTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void removesTonesCaseAndDStroke() {
        assertEquals("dang ky khai sinh", TextFolding.fold("Đăng ký khai sinh"));
        assertEquals("dang ky khai sinh", TextFolding.fold("ĐĂNG KÝ KHAI SINH"));
        assertEquals("dang ky khai sinh", TextFolding.fold("dang ky khai sinh"));
        assertEquals("cap ho chieu pho thong", TextFolding.fold("Cấp hộ chiếu phổ thông"));
        assertEquals("duong dien dai", TextFolding.fold("đường điện đài"));
    }

    @Test
    void nfdInputFoldsLikeNfc() {
        String[] samples = {
            "Đăng ký khai sinh", "Cấp Giấy phép xây dựng", "Thủ tục giải quyết khiếu nại",
            "Ưu đãi người có công", "Xác nhận thông tin hộ tịch", "ĐỔI GIẤY PHÉP LÁI XE",
        };
        for (String sample : samples) {
            String decomposed = nfd(sample);
            // The fixture must really differ in form, or the test proves nothing.
            assertTrue(decomposed.length() > sample.length(), sample);
            assertEquals(TextFolding.fold(sample), TextFolding.fold(decomposed), sample);
        }
    }

    @Test
    void mixedFormsInOneString() {
        String mixed = "Đăng " + nfd("ký") + " khai sinh";
        assertEquals("dang ky khai sinh", TextFolding.fold(mixed));
    }

    @Test
    void dStrokeLookAlikeFromLegacyEncodings() {
        assertEquals("dang ky", TextFolding.fold("\u00d0\u0103ng k\u00fd"));
    }

    @Test
    void keepsDotsBetweenDigitsOnly() {
        assertEquals("1.000771", TextFolding.fold("1.000771"));
        assertEquals("ma 2.001702 cap tinh", TextFolding.fold("Mã: 2.001702 (cấp tỉnh)."));
        assertEquals("dieu 23 luat", TextFolding.fold("Điều 23. Luật"));
        assertEquals("le phi 50.000 dong", TextFolding.fold("Lệ phí : 50.000 Đồng"));
        assertEquals("1 2", TextFolding.fold("1..2"));
        assertEquals("a b", TextFolding.fold("a.b"));
        assertEquals("1 a", TextFolding.fold("1.a"));
    }

    @Test
    void collapsesSeparatorsAndTrims() {
        assertEquals("giay phep xay dung",
                TextFolding.fold("  Giấy   phép\t\n xây-dựng!!! "));
        assertEquals("so 51 2019 qh14", TextFolding.fold("số 51/2019/QH14"));
        assertEquals("a b", TextFolding.fold("a\u00a0\u2003b"));
        assertEquals("script alert 1 script", TextFolding.fold("<script>alert(1)</script>"));
        assertEquals("or 1 1", TextFolding.fold("' OR '1'='1"));
    }

    @Test
    void emptyAndNull() {
        assertEquals("", TextFolding.fold(null));
        assertEquals("", TextFolding.fold(""));
        assertEquals("", TextFolding.fold(" \t ;,.-"));
        assertEquals(List.of(), TextFolding.words(null));
        assertEquals(List.of(), TextFolding.words("  ...  "));
    }

    @Test
    void words() {
        assertEquals(List.of("dang", "ky", "ket", "hon"), TextFolding.words("Đăng ký kết hôn"));
        assertEquals(List.of("thu", "tuc", "1.000771"), TextFolding.words("Thủ tục 1.000771"));
    }

    @Test
    void nfcNormalisesAndTrims() {
        assertNull(TextFolding.nfc(null));
        assertEquals("Đăng ký khai sinh", TextFolding.nfc("  " + nfd("Đăng ký khai sinh") + "\n"));
        assertEquals(7, TextFolding.nfc(nfd("Đăng ký")).length());
        assertEquals("", TextFolding.nfc("   "));
    }

    @Test
    void otherScriptsSurvive() {
        assertEquals("straße", TextFolding.fold("STRAßE"));
        assertEquals("cafe", TextFolding.fold("Café"));
        assertEquals("中文 词", TextFolding.fold("中文,词"));
        assertEquals("𝐀b", TextFolding.fold("𝐀B"));
    }

    @Test
    void foldingIsIdempotent() {
        String once = TextFolding.fold("Cấp lại Giấy chứng nhận quyền sử dụng đất (1.000771)");
        assertEquals(once, TextFolding.fold(once));
    }
}
