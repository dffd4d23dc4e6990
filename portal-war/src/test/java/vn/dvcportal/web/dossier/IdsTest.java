package vn.dvcportal.web.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void onlyPlainNumbersAreNumbers() {
        assertEquals(150L, Ids.parse("150"));
        assertEquals(150L, Ids.parse(" 150 "));
        assertNull(Ids.parse(null));
        assertNull(Ids.parse(""));
        assertNull(Ids.parse("-1"));
        assertNull(Ids.parse("1e3"));
        assertNull(Ids.parse("１５０"));
        assertNull(Ids.parse("9".repeat(19)));
    }

    @Test
    void aFileIsNamedByOneSegment() {
        assertEquals(7L, DossierFileServlet.idOf("/7"));
        assertNull(DossierFileServlet.idOf("/7/x"));
        assertNull(DossierFileServlet.idOf("/"));
        assertNull(DossierFileServlet.idOf(null));
        assertNull(DossierFileServlet.idOf("/abc"));
    }
}
