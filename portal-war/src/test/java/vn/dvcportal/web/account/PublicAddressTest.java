package vn.dvcportal.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void theConfiguredAddressWinsOverTheRequest() {
        assertEquals("https://dichvucong.example.gov.vn",
                PublicAddress.base("https://dichvucong.example.gov.vn/", "http", "attacker",
                        8080, ""));
    }

    @Test
    void withoutOneTheRequestNamesTheHost() {
        assertEquals("http://localhost:8180", PublicAddress.base(null, "http", "localhost",
                8180, ""));
        assertEquals("https://portal.example/app", PublicAddress.base(" ", "https",
                "portal.example", 443, "/app"));
        assertEquals("http://[::1]:8080", PublicAddress.base(null, "http", "::1", 8080, ""));
    }
}
