package vn.dvcportal.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AccessPathsTest {

    @Test
    void theQueryStringIsNeverKept() {
        assertEquals("/dat-lai-mat-khau", AccessPaths.loggable("/dat-lai-mat-khau?token=abc"));
        assertEquals("/thu-tuc", AccessPaths.loggable("/thu-tuc?q=h%E1%BB%99+t%E1%BB%8Bch"));
        assertEquals("/a", AccessPaths.loggable("/a#fragment"));
        assertEquals("/", AccessPaths.loggable("?token=abc"));
    }

    @Test
    void sessionIdsInThePathAreDropped() {
        assertEquals("/thu-tuc/1.000771",
                AccessPaths.loggable("/thu-tuc;jsessionid=ABCDEF123/1.000771"));
        assertEquals("/index.xhtml", AccessPaths.loggable("/index.xhtml;jsessionid=XYZ"));
        assertEquals("/a/b", AccessPaths.loggable("/a;x=1;y=2/b;z"));
    }

    @Test
    void thePathStaysAsSent() {
        assertEquals("/thu-tuc/a%20b", AccessPaths.loggable("/thu-tuc/a%20b"));
        assertEquals("/quan-tri/nhat-ky", AccessPaths.loggable("/quan-tri/nhat-ky"));
    }

    @Test
    void emptyOrMissingIsTheRoot() {
        assertEquals("/", AccessPaths.loggable(null));
        assertEquals("/", AccessPaths.loggable(""));
    }

    @Test
    void controlCharactersAndLengthAreTamed() {
        assertEquals("/a b", AccessPaths.loggable("/a\nb"));
        String longPath = "/" + "x".repeat(5000);
        assertEquals(AccessPaths.MAX_PATH, AccessPaths.loggable(longPath).length());
        String emojiAtTheEdge = "/" + "x".repeat(AccessPaths.MAX_PATH - 2) + "\uD83D\uDE00";
        assertEquals(AccessPaths.MAX_PATH - 1, AccessPaths.loggable(emojiAtTheEdge).length());
    }

    @Test
    void userAgentsAreCutTo500Characters() {
        assertNull(AccessPaths.userAgent(null));
        assertNull(AccessPaths.userAgent("  "));
        assertEquals("curl/8.5", AccessPaths.userAgent("curl/8.5"));
        assertEquals(500, AccessPaths.userAgent("M".repeat(2000)).length());
        String split = "M".repeat(499) + "\uD83D\uDE00";
        assertEquals(499, AccessPaths.userAgent(split).length());
    }
}
