package vn.dvcportal.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void encodesForPathsAndQueries() {
        assertEquals("%C4%91%C4%83ng%20k%C3%BD", Urls.encode("đăng ký"));
        assertEquals("a%26b%3Dc%2B", Urls.encode("a&b=c+"));
        assertEquals("", Urls.encode(null));
    }

    @Test
    void decodesAndSurvivesMalformedEscapes() {
        assertEquals("đăng ký", Urls.decode("%C4%91%C4%83ng+k%C3%BD"));
        assertEquals("100%", Urls.decode("100%"));
        assertEquals("%zz ok", Urls.decode("%zz+ok"));
        assertEquals("1+1", Urls.decodePath("1+1"));
        assertEquals("/thu-tuc/1.000771", Urls.decodePath("/thu-tuc/1.000771"));
    }

    @Test
    void buildsAQueryInOrderWithoutBlanks() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", "hộ tịch");
        params.put("linh-vuc", " ");
        params.put("trang", "2");
        assertEquals("?q=h%E1%BB%99%20t%E1%BB%8Bch&trang=2", Urls.query(params));
        assertEquals("", Urls.query(Map.of("q", "")));
    }

    @Test
    void replacesOneParameterAndKeepsTheRest() {
        assertEquals("q=a&trang=2&lang=en", Urls.replaceParam("q=a&lang=vi&trang=2", "lang", "en"));
        assertEquals("lang=vi", Urls.replaceParam(null, "lang", "vi"));
        assertEquals("lang=en", Urls.replaceParam("lang=vi&lang=en", "lang", "en"));
    }

    @Test
    void readsOneParameter() {
        assertEquals("en", Urls.param("q=x&lang=en", "lang"));
        assertEquals("", Urls.param("lang", "lang"));
        assertEquals("hộ", Urls.param("q=h%E1%BB%99", "q"));
        assertNull(Urls.param("q=x", "lang"));
        assertNull(Urls.param(null, "lang"));
    }
}
