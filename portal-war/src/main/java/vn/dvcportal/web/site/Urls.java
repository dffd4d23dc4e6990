package vn.dvcportal.web.site;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small, strict URL helpers: query strings are built and edited here, never by hand. */
public final class Urls {

    private Urls() {
    }

    /** Percent-encodes a query value or path segment in UTF-8; a space becomes %20. */
    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /**
     * Decodes percent escapes and, in queries, plus signs. Malformed escapes are kept as they
     * are, since the input comes straight from a browser's address bar.
     */
    public static String decode(String value) {
        if (value == null || value.indexOf('%') < 0 && value.indexOf('+') < 0) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && isHex(value, i + 1) && isHex(value, i + 2)) {
                out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(bytes);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Decodes a path, where a plus sign stands for itself. */
    public static String decodePath(String path) {
        return path == null ? null : decode(path.replace("+", "%2B"));
    }

    /**
     * A query string from names and values in the given order; entries with a blank value
     * are left out. Empty when nothing is left, else starting with {@code ?}.
     */
    public static String query(Map<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                pairs.add(encode(name) + "=" + encode(value));
            }
        });
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /**
     * The raw query with one parameter set to a value: every earlier occurrence is removed
     * and the new one appended. Other parameters are kept exactly as they were sent.
     */
    public static String replaceParam(String rawQuery, String name, String value) {
        List<String> kept = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (!pair.isEmpty() && !name.equals(key)) {
                    kept.add(pair);
                }
            }
        }
        kept.add(encode(name) + "=" + encode(value));
        return String.join("&", kept);
    }

    /** The first value of a parameter in a raw query string, decoded, or {@code null}. */
    public static String param(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name.equals(key)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static boolean isHex(String s, int index) {
        return index < s.length() && Character.digit(s.charAt(index), 16) >= 0;
    }
}
