package vn.dvcportal.web.account;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The absolute address of a page of the portal, for links that leave it: the verification and
 * password links in mails, the address the identity provider sends people back to. When
 * {@code dvc.public-url} (or {@code DVC_PUBLIC_URL}) names the portal's public address it is
 * used, so that a forged Host header can never put someone else's server into a mail; else
 * the address the request came to.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** @param path a path inside the portal, starting with a slash */
    public static String of(HttpServletRequest request, String path) {
        return base(configured(), request.getScheme(), request.getServerName(),
                request.getServerPort(), request.getContextPath()) + path;
    }

    static String base(String configured, String scheme, String host, int port,
            String contextPath) {
        if (configured != null && !configured.isBlank()) {
            String trimmed = configured.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            return trimmed;
        }
        boolean defaultPort = "http".equals(scheme) && port == 80
                || "https".equals(scheme) && port == 443 || port <= 0;
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + hostPart + (defaultPort ? "" : ":" + port)
                + (contextPath == null ? "" : contextPath);
    }

    private static String configured() {
        return System.getProperty("dvc.public-url", System.getenv("DVC_PUBLIC_URL"));
    }
}
