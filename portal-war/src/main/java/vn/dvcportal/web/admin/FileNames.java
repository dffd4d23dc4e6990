package vn.dvcportal.web.admin;

/**
 * A file name sent by a browser or a command line, made safe to show and to log: no folders,
 * no control characters, a sane length.
 */
public final class FileNames {

    static final int MAX_LENGTH = 120;
    static final String UNNAMED = "catalog.jsonl";

    private FileNames() {
    }

    public static String safe(String name) {
        if (name == null) {
            return UNNAMED;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder(base.length());
        base.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"'
                        && Character.getType(c) != Character.FORMAT)
                .forEach(sb::appendCodePoint);
        String clean = sb.toString().strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return UNNAMED;
        }
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
    }
}
