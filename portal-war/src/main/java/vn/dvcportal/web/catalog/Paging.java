package vn.dvcportal.web.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which page numbers a list links to. Up to {@link #ALL_PAGES_UP_TO} pages every page is linked,
 * so that any procedure of a field is two clicks from the field's first page; longer lists show
 * the first, last and neighbouring pages with gaps between.
 */
public final class Paging {

    public static final int ALL_PAGES_UP_TO = 15;
    /** Stands for the gap between two page numbers that are not neighbours. */
    public static final int GAP = 0;

    private static final int AROUND = 2;

    private Paging() {
    }

    /** Page numbers, 1-based, with {@link #GAP} where pages are left out. */
    public static List<Integer> pages(int current, int count) {
        List<Integer> pages = new ArrayList<>();
        if (count <= 1) {
            return pages;
        }
        if (count <= ALL_PAGES_UP_TO) {
            for (int i = 1; i <= count; i++) {
                pages.add(i);
            }
            return pages;
        }
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, 2, count - 1, count));
        for (int i = current - AROUND; i <= current + AROUND; i++) {
            if (i >= 1 && i <= count) {
                shown.add(i);
            }
        }
        int previous = 0;
        for (int page : shown) {
            if (page - previous > 1) {
                pages.add(GAP);
            }
            pages.add(page);
            previous = page;
        }
        return pages;
    }

    public static int pageCount(int total, int pageSize) {
        return pageSize <= 0 ? 0 : (total + pageSize - 1) / pageSize;
    }
}
