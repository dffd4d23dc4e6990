package vn.dvcportal.files.control;

/** File sizes as Vietnamese readers write them: {@code 20 MB}, {@code 1,5 MB}, {@code 800 KB}. */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {
    }

    /** The size in the largest unit it reaches, with at most one decimal, comma-separated. */
    public static String text(long bytes) {
        if (bytes >= MB) {
            return scaled(bytes, MB) + " MB";
        }
        if (bytes >= KB) {
            return scaled(bytes, KB) + " KB";
        }
        return bytes + " byte";
    }

    private static String scaled(long bytes, long unit) {
        // Rounded down, so that a stated limit is never more than the real one.
        long tenths = bytes * 10 / unit;
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : tenths / 10 + "," + tenths % 10;
    }
}
