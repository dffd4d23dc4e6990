package vn.dvcportal.web.site;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every response carries so that browsers refuse what the portal never does:
 * sniffing content types, framing by other sites, leaking full addresses to other sites, and
 * running scripts or loading content that the portal did not serve itself.
 *
 * <p>Scripts must come from the portal or carry the page's nonce, which PrimeFaces puts on the
 * scripts it writes into the page; nothing is evaluated from strings. Style sheets must come
 * from the portal, but inline style attributes stay allowed: PrimeFaces' widgets write them
 * into their markup (hidden dialogs, progress bar widths), and without them those widgets show
 * wrongly. Browsers that do not know {@code style-src-attr} fall back to {@code style-src},
 * which allows inline styles of both kinds. Images may come from any https address because an
 * agency may name its logo by such an address.
 */
public final class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";

    /** Headers that are the same on every response. */
    public static final Map<String, String> FIXED = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "SAMEORIGIN",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private static final String POLICY = "default-src 'self'; base-uri 'self'; "
            + "object-src 'none'; frame-ancestors 'self'; form-action 'self'; "
            + "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; style-src-elem 'self'; "
            + "style-src-attr 'unsafe-inline'; script-src 'self'";

    /** A nonce as PrimeFaces writes it into its own policy: base64 inside quotes. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_-]+={0,2})'");

    private SecurityHeaders() {
    }

    /** The policy, allowing inline scripts that carry the given nonce, if there is one. */
    public static String policy(String nonce) {
        return nonce == null ? POLICY : POLICY + " 'nonce-" + nonce + "'";
    }

    /** The nonce named in a policy, or {@code null} when it names none. */
    public static String nonceOf(String policy) {
        if (policy == null) {
            return null;
        }
        Matcher m = NONCE.matcher(policy);
        return m.find() ? m.group(1) : null;
    }
}
