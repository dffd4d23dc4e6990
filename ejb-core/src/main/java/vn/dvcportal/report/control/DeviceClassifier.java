package vn.dvcportal.report.control;

import java.util.List;
import java.util.Locale;
import vn.dvcportal.report.entity.DeviceClass;

/**
 * Tells the kind of client from its User-Agent header. Every browser of the last fifteen years
 * announces itself as "Mozilla/..." (old Opera as "Opera"); anything else, and anything naming
 * itself a crawler, a monitor or a script library, is a bot. Among browsers, tablets are told
 * apart first, as an Android tablet differs from an Android phone only by lacking "Mobile".
 * An iPad since iPadOS 13 sends the desktop Safari header and counts as a desktop: nothing in
 * the header tells it apart.
 */
public final class DeviceClassifier {

    private static final List<String> BOT_MARKS = List.of("bot", "crawl", "spider", "slurp",
            "headless", "lighthouse", "phantomjs", "facebookexternalhit", "preview", "monitor",
            "uptime", "pingdom", "curl/", "wget/", "python", "java/", "httpclient", "okhttp",
            "go-http", "libwww", "scrapy", "axios", "node-fetch", "postman", "feed", "archiver");

    private static final List<String> TABLET_MARKS = List.of("ipad", "tablet", "kindle",
            "silk/", "playbook", "sm-t", "nexus 7", "nexus 9", "nexus 10");

    private static final List<String> MOBILE_MARKS = List.of("mobi", "iphone", "ipod",
            "android", "windows phone", "opera mini", "blackberry", "bb10", "iemobile",
            "webos", "kaios");

    private DeviceClassifier() {
    }

    /** The device class of a User-Agent header; {@code null} or blank is a bot. */
    public static DeviceClass classify(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return DeviceClass.BOT;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (containsAny(ua, BOT_MARKS)
                || !(ua.startsWith("mozilla/") || ua.startsWith("opera"))) {
            return DeviceClass.BOT;
        }
        if (containsAny(ua, TABLET_MARKS)
                || ua.contains("android") && !ua.contains("mobile")) {
            return DeviceClass.TABLET;
        }
        if (containsAny(ua, MOBILE_MARKS)) {
            return DeviceClass.MOBILE;
        }
        return DeviceClass.DESKTOP;
    }

    private static boolean containsAny(String text, List<String> marks) {
        for (String mark : marks) {
            if (text.contains(mark)) {
                return true;
            }
        }
        return false;
    }
}
