package vn.dvcportal.division.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real unit lists, which live beside the repository in {@code ../shared/data} and
 * are never copied into it. The system property {@code dvc.shared.data} overrides the location.
 */
final class SharedData {

    private SharedData() {
    }

    /** The named file; the calling test is skipped, with the reason, when it is absent. */
    static Path file(String name) {
        Path dir = directory();
        Path file = dir.resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "Skipped: real data file " + file
                + " is absent; put the shared data beside the repository or set"
                + " -Ddvc.shared.data=<dir>");
        return file;
    }

    private static Path directory() {
        String configured = System.getProperty("dvc.shared.data");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return repositoryRoot().resolve("../shared/data").normalize();
    }

    /** The nearest directory holding {@code .git}, else the working directory's parent. */
    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        // Tests run in the module directory, one level below the root.
        return start.getParent() != null ? start.getParent() : start;
    }
}
