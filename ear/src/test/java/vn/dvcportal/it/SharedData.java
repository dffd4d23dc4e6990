package vn.dvcportal.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real national input lives: beside the repository, never inside it. */
final class SharedData {

    static final String NATIONAL_CATALOG = "tthc_national_2381.jsonl.gz";
    static final int NATIONAL_PROCEDURES = 2381;

    private SharedData() {
    }

    static Path dir() {
        return Path.of(System.getProperty("dvc.shared.data", "../shared/data"));
    }

    /** The national catalogue file, or the test is skipped with the reason. */
    static Path nationalCatalog() {
        Path file = dir().resolve(NATIONAL_CATALOG);
        assumeTrue(Files.isReadable(file), "Skipped: the national catalogue is not at " + file
                + " (clone the project beside shared/ or set -Ddvc.shared.data)");
        return file;
    }
}
