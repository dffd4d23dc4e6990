package vn.dvcportal.catalog.control;

import vn.dvcportal.catalog.entity.ChannelKind;

/**
 * A catalogue search as typed by a user. The values come straight from a request, so the
 * constructor repairs instead of rejecting: over-long text is cut, the page number and size are
 * pulled into range and blank filters mean "any".
 *
 * <p>Trailing white space in {@code text} is kept on purpose: it tells the index that the last
 * word is finished and must not be completed as a prefix.
 *
 * @param text     free text, may be empty; NFC or NFD, any case, with or without diacritics
 * @param fieldId  only procedures of this field, or {@code null}
 * @param agencyId only procedures handled by this agency, or {@code null}
 * @param level    only procedures carried out at this level, or {@code null}
 * @param audience only procedures open to this audience, or {@code null}
 * @param channel  only procedures accepting this submission channel, or {@code null}
 * @param page     0-based page number
 * @param pageSize hits per page
 */
public record SearchQuery(String text, Long fieldId, Long agencyId, String level, String audience,
        ChannelKind channel, int page, int pageSize) {

    /** Longer input is no longer a search but a paste accident or an attack; cut it. */
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    public SearchQuery {
        text = cut(text);
        level = blankToNull(level);
        audience = blankToNull(audience);
        page = Math.max(0, page);
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }

    /** A free-text search without filters, first page, default size. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, 0, DEFAULT_PAGE_SIZE);
    }

    /** The same search on another page. */
    public SearchQuery withPage(int newPage) {
        return new SearchQuery(text, fieldId, agencyId, level, audience, channel, newPage,
                pageSize);
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        int end = MAX_TEXT_LENGTH;
        // Never leave half of a surrogate pair behind.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
