package vn.dvcportal.identity.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Builds the links that mails carry from the page address the web passes in. The address is
 * checked because a link is only as trustworthy as its host: a web layer that took the host
 * from the request's Host header would let anyone have a reset link for someone else's
 * account point at their own server. When {@code dvc.public-url} (or {@code DVC_PUBLIC_URL})
 * names the portal's public address, every link must start with it.
 */
public final class MailLinks {

    private MailLinks() {
    }

    /**
     * The page address with the token as its {@code token} parameter.
     *
     * @throws IllegalArgumentException when the address is not an absolute http(s) address
     *                                  without query, fragment or user information, or lies
     *                                  outside the configured public address
     */
    public static String link(String pageAddress, String token) {
        return checked(pageAddress, publicUrl()) + "?token=" + token;
    }

    static String checked(String pageAddress, String publicUrl) {
        URI uri;
        try {
            uri = new URI(pageAddress == null ? "" : pageAddress);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a page address: " + pageAddress, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Not an absolute page address: " + pageAddress);
        }
        if (publicUrl != null && !publicUrl.isBlank()) {
            String prefix = publicUrl.strip().endsWith("/") ? publicUrl.strip()
                    : publicUrl.strip() + "/";
            if (!(pageAddress + "/").startsWith(prefix)) {
                throw new IllegalArgumentException(pageAddress + " is outside " + prefix);
            }
        }
        return pageAddress;
    }

    private static String publicUrl() {
        return System.getProperty("dvc.public-url", System.getenv("DVC_PUBLIC_URL"));
    }
}
