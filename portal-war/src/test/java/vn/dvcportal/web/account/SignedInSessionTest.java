package vn.dvcportal.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedInSessionTest {

    /** A session that only keeps attributes. */
    private static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (
                        method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theSignOutTokenIsTheSessionsOwn() {
        HttpSession mine = session();
        String token = SignedInSession.signOutToken(mine);

        assertEquals(token, SignedInSession.signOutToken(mine), "one token per session");
        assertTrue(token.length() >= 32);
        assertTrue(SignedInSession.isSignOutToken(mine, token));
        assertFalse(SignedInSession.isSignOutToken(mine, token + "x"));
        assertFalse(SignedInSession.isSignOutToken(mine, null));
        assertFalse(SignedInSession.isSignOutToken(session(), token),
                "another session's token does not sign anyone out");
        assertFalse(SignedInSession.isSignOutToken(null, token));
    }

    @Test
    void aNoticeIsShownOnce() {
        HttpSession mine = session();
        SignedInSession.notice(mine, "Không kết nối được.");

        assertEquals("Không kết nối được.", SignedInSession.takeNotice(mine));
        assertNull(SignedInSession.takeNotice(mine));
        assertNull(SignedInSession.takeNotice(null));
    }
}
