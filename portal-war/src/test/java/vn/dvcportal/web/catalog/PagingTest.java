package vn.dvcportal.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void oneOrNoPageNeedsNoLinks() {
        assertEquals(List.of(), Paging.pages(1, 0));
        assertEquals(List.of(), Paging.pages(1, 1));
    }

    @Test
    void shortListsLinkEveryPage() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Paging.pages(4, 10));
        assertEquals(15, Paging.pages(1, 15).size());
    }

    @Test
    void longListsShowEndsAndNeighboursWithGaps() {
        assertEquals(List.of(1, 2, 3, 0, 29, 30), Paging.pages(1, 30));
        assertEquals(List.of(1, 2, 0, 13, 14, 15, 16, 17, 0, 29, 30), Paging.pages(15, 30));
        assertEquals(List.of(1, 2, 0, 28, 29, 30), Paging.pages(30, 30));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 0, 29, 30), Paging.pages(4, 30));
    }

    @Test
    void pageCountRoundsUp() {
        assertEquals(0, Paging.pageCount(0, 20));
        assertEquals(1, Paging.pageCount(20, 20));
        assertEquals(10, Paging.pageCount(192, 20));
    }
}
