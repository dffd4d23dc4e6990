package vn.dvcportal.files.control;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where files are kept and how large an upload may be. Each setting is read from a system
 * property, else from an environment variable, else it has its default:
 * <ul>
 * <li>{@code dvc.files.dir} / {@code DVC_FILES_DIR}: the store directory, by default
 * {@code dvc-files} in the server's data directory;</li>
 * <li>{@code dvc.upload.max-bytes} / {@code DVC_UPLOAD_MAX_BYTES}: the largest upload in
 * bytes, by default 20 MiB.</li>
 * </ul>
 */
public record FileSettings(Path directory, long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(FileSettings.class.getName());

    /** The settings of this process. */
    public static FileSettings current() {
        return from(System::getProperty, System::getenv);
    }

    static FileSettings from(UnaryOperator<String> properties,
            UnaryOperator<String> environment) {
        String dir = setting(properties, environment, "dvc.files.dir", "DVC_FILES_DIR");
        Path directory;
        if (dir != null) {
            directory = Path.of(dir);
        } else {
            // Outside the server (tests, tools) there is no data directory.
            String data = properties.apply("jboss.server.data.dir");
            directory = Path.of(data != null ? data : properties.apply("java.io.tmpdir"),
                    "dvc-files");
        }
        return new FileSettings(directory, maxBytes(
                setting(properties, environment, "dvc.upload.max-bytes",
                        "DVC_UPLOAD_MAX_BYTES")));
    }

    private static long maxBytes(String value) {
        if (value == null) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            long bytes = Long.parseLong(value.strip());
            if (bytes > 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // Reported below, like a value that is not positive.
        }
        LOG.log(Level.WARNING, "dvc.upload.max-bytes is not a positive number of bytes: {0};"
                + " using {1}", new Object[] {value, DEFAULT_MAX_BYTES});
        return DEFAULT_MAX_BYTES;
    }

    private static String setting(UnaryOperator<String> properties,
            UnaryOperator<String> environment, String property, String variable) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.apply(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
