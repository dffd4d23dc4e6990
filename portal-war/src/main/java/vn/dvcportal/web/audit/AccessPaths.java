package vn.dvcportal.web.audit;

/**
 * What of a request's address the access log keeps. The query string is never part of it, as
 * it may carry a reset token or a search a citizen would not want kept; path parameters go as
 * well, since {@code ;jsessionid=} would put a session id in the log.
 */
public final class AccessPaths {

    /** Longest path kept, in characters; the rest of a longer one is cut off. */
    public static final int MAX_PATH = 1000;

    /** Longest user agent kept, in characters. */
    public static final int MAX_USER_AGENT = 500;

    private AccessPaths() {
    }

    /**
     * The path of a request URI as sent, still encoded, without query string, fragment or path
     * parameters; "/" when nothing is left.
     */
    public static String loggable(String requestUri) {
        if (requestUri == null || requestUri.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder(Math.min(requestUri.length(), MAX_PATH));
        boolean inParameter = false;
        for (int i = 0; i < requestUri.length() && out.length() < MAX_PATH; i++) {
            char c = requestUri.charAt(i);
            if (c == '?' || c == '#') {
                break;
            }
            if (c == ';') {
                inParameter = true;
            } else if (c == '/') {
                inParameter = false;
                out.append(c);
            } else if (!inParameter) {
                out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /** The User-Agent header cut to {@link #MAX_USER_AGENT} characters; {@code null} if absent. */
    public static String userAgent(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (header.length() <= MAX_USER_AGENT) {
            return header;
        }
        int end = MAX_USER_AGENT;
        if (Character.isHighSurrogate(header.charAt(end - 1))) {
            end--;
        }
        return header.substring(0, end);
    }
}
