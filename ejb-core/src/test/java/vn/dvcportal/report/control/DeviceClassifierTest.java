package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import vn.dvcportal.report.entity.DeviceClass;

class DeviceClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36 | DESKTOP",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like"
            + " Gecko) Version/17.5 Safari/605.1.15 | DESKTOP",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0 | DESKTOP",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML,"
            + " like Gecko) Version/17.5 Mobile/15E148 Safari/604.1 | MOBILE",
        "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Mobile Safari/537.36 | MOBILE",
        "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0 Mobile Safari/537.36 Zalo android/12 | MOBILE",
        "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
            + " Gecko) Version/16.6 Mobile/15E148 Safari/604.1 | TABLET",
        "Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36 | TABLET",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) | BOT",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) | BOT",
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML,"
            + " like Gecko) Chrome/131.0 Mobile Safari/537.36 (compatible; Googlebot/2.1) | BOT",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " HeadlessChrome/131.0.0.0 Safari/537.36 | BOT",
        "curl/8.5.0 | BOT",
        "Java-http-client/17.0.15 | BOT",
        "python-requests/2.31.0 | BOT",
        "AuditLogIT/0d6c | BOT",
        "Opera/9.80 (Windows NT 6.1) Presto/2.12.388 Version/12.18 | DESKTOP",
        "Opera/9.80 (J2ME/MIDP; Opera Mini/9.80 (S60; SymbOS; Opera Mobi/23.348; U; en)"
            + " Presto/2.5.25 Version/10.54 | MOBILE"
    })
    void classifies(String userAgent, DeviceClass expected) {
        assertEquals(expected, DeviceClassifier.classify(userAgent), userAgent);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noUserAgentIsABot(String userAgent) {
        assertEquals(DeviceClass.BOT, DeviceClassifier.classify(userAgent));
    }
}
