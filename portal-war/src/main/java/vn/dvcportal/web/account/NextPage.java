package vn.dvcportal.web.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * Where someone goes once signed in: back to the page that sent them to sign in, when that is a
 * page of this portal, else to the home of their kind of account. Only a path inside the
 * portal is followed; an address of another site, written out or as {@code //host}, would let
 * a link that looks like ours lead to a look-alike site right after a genuine sign-in.
 */
public final class NextPage {

    /** Longer targets are no page of the portal and are not followed. */
    static final int MAX_LENGTH = 1000;

    private NextPage() {
    }

    /**
     * @param asked the {@code tiep} parameter, a path inside the portal, or null
     * @param roles the roles of the account that signed in
     * @return a path inside the portal, without the context path
     */
    public static String after(String asked, Set<String> roles) {
        return isLocal(asked) ? asked : home(roles);
    }

    /** The back office for officials, the personal page for everyone else. */
    public static String home(Set<String> roles) {
        return roles != null && roles.contains(Roles.OFFICIAL) ? PrettyUrls.BACK_OFFICE
                : PrettyUrls.PROFILE;
    }

    /**
     * True for a path of this portal that is worth coming back to: it starts with one slash,
     * names no scheme or host, holds no white space, control character or backslash, and is
     * not the sign-in or sign-out itself.
     */
    public static boolean isLocal(String target) {
        if (target == null || target.isEmpty() || target.length() > MAX_LENGTH
                || target.charAt(0) != '/' || target.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c)
                    || Character.getType(c) == Character.FORMAT) {
                return false;
            }
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getPath() == null) {
            return false;
        }
        String path = uri.getPath();
        return !isUnder(path, PrettyUrls.SIGN_IN) && !isUnder(path, PrettyUrls.SIGN_OUT);
    }

    private static boolean isUnder(String path, String page) {
        return path.equals(page) || path.startsWith(page + "/");
    }
}
