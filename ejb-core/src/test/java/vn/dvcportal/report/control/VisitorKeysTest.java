package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisitorKeysTest {

    @Test
    void oneVisitorOneKeyWithoutTheAddressInIt() {
        VisitorKeys keys = new VisitorKeys(null);
        String key = keys.of("203.0.113.7", "Mozilla/5.0");
        assertEquals(VisitorKeys.LENGTH, key.length());
        assertEquals(key, keys.of("203.0.113.7", "Mozilla/5.0"));
        assertTrue(key.matches("[0-9a-f]{64}"));
        assertNotEquals(key, keys.of("203.0.113.8", "Mozilla/5.0"));
        assertNotEquals(key, keys.of("203.0.113.7", "Mozilla/5.1"));
    }

    @Test
    void aSecretChangesEveryKey() {
        assertNotEquals(new VisitorKeys(null).of("203.0.113.7", "x"),
                new VisitorKeys("bí mật").of("203.0.113.7", "x"));
        assertEquals(new VisitorKeys("bí mật").of("203.0.113.7", "x"),
                new VisitorKeys("bí mật").of("203.0.113.7", "x"));
    }
}
