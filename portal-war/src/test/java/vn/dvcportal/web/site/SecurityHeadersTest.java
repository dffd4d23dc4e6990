package vn.dvcportal.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyAllowsOnlyThePortalsOwnScriptsAndNoFraming() {
        String policy = SecurityHeaders.policy(null);
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline"), scripts);
        assertTrue(policy.contains("style-src-elem 'self';"), "no inline style sheets");
    }

    @Test
    void aNonceIsAddedToTheScripts() {
        assertTrue(SecurityHeaders.policy("YWJj").endsWith("script-src 'self' 'nonce-YWJj'"));
    }

    @Test
    void theNonceIsFoundInPrimeFacesPolicy() {
        assertEquals("ZjNkM2ItNDI=", SecurityHeaders.nonceOf(
                "script-src 'self' 'nonce-ZjNkM2ItNDI=';"));
        assertNull(SecurityHeaders.nonceOf("script-src 'self'"));
        assertNull(SecurityHeaders.nonceOf(null));
        assertNull(SecurityHeaders.nonceOf("script-src 'nonce-a;b'"));
    }

    @Test
    void theFixedHeadersAreThoseAskedFor() {
        assertEquals("nosniff", SecurityHeaders.FIXED.get("X-Content-Type-Options"));
        assertEquals("SAMEORIGIN", SecurityHeaders.FIXED.get("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin",
                SecurityHeaders.FIXED.get("Referrer-Policy"));
    }

    @Test
    void aPolicyAddedByAPageReplacesTheDefaultKeepingOnlyItsNonce() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        HttpServletResponse response = fake(headers);
        response.setHeader(SecurityHeaders.CSP, SecurityHeaders.policy(null));
        HttpServletResponse wrapped = new SecurityHeadersFilter.PolicyResponse(response);
        wrapped.addHeader("content-security-policy", "script-src 'self' 'nonce-YWJj';");
        wrapped.addHeader("Vary", "Accept");
        wrapped.addHeader("Vary", "Cookie");
        assertEquals(List.of(SecurityHeaders.policy("YWJj")), headers.get(SecurityHeaders.CSP));
        assertEquals(List.of("Accept", "Cookie"), headers.get("Vary"));
    }

    /** A response that only records its headers. */
    private static HttpServletResponse fake(Map<String, List<String>> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0],
                                new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0],
                                k -> new ArrayList<>()).add((String) args[1]);
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
    }
}
