package vn.dvcportal.files.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of file the portal accepts, each recognised by its content (see
 * {@link ContentSniffer}). Extensions only serve to name downloads and to hint the browser's
 * file chooser; they never decide whether a file is accepted.
 */
public enum FileKind {

    PDF("application/pdf", "PDF", "pdf"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    PNG("image/png", "PNG", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", "xlsx");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileKind(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The short name users know the kind by, such as {@code PDF}. */
    public String label() {
        return label;
    }

    /** Usual extensions, lower case, without the dot; the first is the one to use. */
    public List<String> extensions() {
        return extensions;
    }

    /** The kind whose media type this is, ignoring case and parameters. */
    public static Optional<FileKind> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip();
        return Arrays.stream(values()).filter(k -> k.mediaType.equalsIgnoreCase(bare))
                .findFirst();
    }

    /** Every label, in Vietnamese: {@code PDF, JPEG, PNG, DOCX hoặc XLSX}. */
    public static String labels() {
        FileKind[] all = values();
        String head = Arrays.stream(all, 0, all.length - 1).map(FileKind::label)
                .collect(Collectors.joining(", "));
        return head + " hoặc " + all[all.length - 1].label;
    }

    /**
     * The value for the {@code accept} attribute of a file input: every extension and media
     * type, so that the chooser offers the accepted files first.
     */
    public static String acceptAttribute() {
        return Stream.concat(
                        Arrays.stream(values()).flatMap(k -> k.extensions.stream())
                                .map(e -> "." + e),
                        Arrays.stream(values()).map(FileKind::mediaType))
                .collect(Collectors.joining(","));
    }
}
