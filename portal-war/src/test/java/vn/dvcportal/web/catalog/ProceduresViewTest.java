package vn.dvcportal.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.dvcportal.catalog.control.SearchQuery;
import vn.dvcportal.catalog.entity.ChannelKind;

class ProceduresViewTest {

    @Test
    void aHugeQueryIsCutWhereTheSearchCutsIt() {
        String huge = "a".repeat(10_000);
        assertEquals(SearchQuery.MAX_TEXT_LENGTH, ProceduresView.cut(huge).length());
        assertEquals("đăng ký ", ProceduresView.cut("đăng ký "));
        assertNull(ProceduresView.cut("   "));
        String emoji = "x".repeat(SearchQuery.MAX_TEXT_LENGTH - 1) + "\uD83D\uDE00";
        assertEquals(SearchQuery.MAX_TEXT_LENGTH - 1, ProceduresView.cut(emoji).length());
    }

    @Test
    void idsAreReadLeniently() {
        assertEquals(12L, ProceduresView.parseId(" 12 "));
        assertNull(ProceduresView.parseId("12; DROP TABLE"));
        assertNull(ProceduresView.parseId("-3"));
        assertNull(ProceduresView.parseId("99999999999999999999"));
        assertNull(ProceduresView.parseId(null));
    }

    @Test
    void channelsAndPagesToo() {
        assertEquals(ChannelKind.ONLINE, ProceduresView.parseChannel("online"));
        assertNull(ProceduresView.parseChannel("<script>"));
        assertEquals(1, ProceduresView.parsePage("0"));
        assertEquals(1, ProceduresView.parsePage("abc"));
        assertEquals(1, ProceduresView.parsePage("2abc"));
        assertEquals(1, ProceduresView.parsePage("-3"));
        assertEquals(1, ProceduresView.parsePage(""));
        assertEquals(1, ProceduresView.parsePage(null));
        assertEquals(7, ProceduresView.parsePage("7"));
        assertEquals(7, ProceduresView.parsePage(" 7 "));
        assertEquals(Integer.MAX_VALUE, ProceduresView.parsePage("9".repeat(50)));
    }

    @Test
    void onlyPagesPastTheLastOneAreMissing() {
        assertFalse(ProceduresView.isPastLastPage(1, 0, 20));
        assertTrue(ProceduresView.isPastLastPage(2, 0, 20));
        assertFalse(ProceduresView.isPastLastPage(3, 41, 20));
        assertTrue(ProceduresView.isPastLastPage(4, 41, 20));
        assertFalse(ProceduresView.isPastLastPage(2, 40, 20));
        assertTrue(ProceduresView.isPastLastPage(3, 40, 20));
        assertTrue(ProceduresView.isPastLastPage(Integer.MAX_VALUE, 2381, 20));
    }
}
