package vn.dvcportal.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small rules: kinds, sizes as written, messages, settings. */
class FileRulesTest {

    @Test
    void kindsAreListedInVietnamese() {
        assertEquals("PDF, JPEG, PNG, DOCX hoặc XLSX", FileKind.labels());
        assertEquals("PDF, JPEG, PNG, DOCX hoặc XLSX; tối đa 20 MB mỗi tệp",
                UploadRules.acceptedText(FileSettings.DEFAULT_MAX_BYTES));
    }

    @Test
    void kindsAreFoundByMediaType() {
        assertEquals(Optional.of(FileKind.DOCX), FileKind.ofMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals(Optional.of(FileKind.PDF),
                FileKind.ofMediaType("Application/PDF; charset=binary"));
        assertEquals(Optional.empty(), FileKind.ofMediaType("application/x-msdownload"));
        assertEquals(Optional.empty(), FileKind.ofMediaType(null));
    }

    @Test
    void theChooserIsOfferedEveryExtensionAndType() {
        String accept = FileKind.acceptAttribute();
        assertEquals(true, accept.startsWith(".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,"));
        assertEquals(11, accept.split(",").length);
    }

    @Test
    void sizesAreWrittenTheVietnameseWay() {
        assertEquals("20 MB", FileSizes.text(20L * 1024 * 1024));
        assertEquals("1,5 MB", FileSizes.text(1024 * 1024 * 3 / 2));
        assertEquals("1 KB", FileSizes.text(1024 + 50));
        assertEquals("999 byte", FileSizes.text(999));
        // Rounded down: a limit is never stated higher than it is.
        assertEquals("9,9 MB", FileSizes.text(10L * 1024 * 1024 - 1));
    }

    @Test
    void settingsComeFromThePropertyThenTheEnvironment() {
        Map<String, String> properties = Map.of("dvc.files.dir", "/srv/files",
                "dvc.upload.max-bytes", "1048576");
        Map<String, String> environment = Map.of("DVC_FILES_DIR", "/env/files",
                "DVC_UPLOAD_MAX_BYTES", "2097152");

        assertEquals(new FileSettings(Path.of("/srv/files"), 1_048_576),
                FileSettings.from(properties::get, environment::get));
        assertEquals(new FileSettings(Path.of("/env/files"), 2_097_152),
                FileSettings.from(Map.<String, String>of()::get, environment::get));
    }

    @Test
    void settingsHaveDefaults() {
        Map<String, String> server = Map.of("jboss.server.data.dir", "/opt/wildfly/data");
        assertEquals(new FileSettings(Path.of("/opt/wildfly/data", "dvc-files"),
                20L * 1024 * 1024), FileSettings.from(server::get, Map.<String, String>of()::get));

        Map<String, String> bad = Map.of("jboss.server.data.dir", "/d",
                "dvc.upload.max-bytes", "20MB");
        assertEquals(FileSettings.DEFAULT_MAX_BYTES,
                FileSettings.from(bad::get, Map.<String, String>of()::get).maxBytes());
        Map<String, String> negative = Map.of("jboss.server.data.dir", "/d",
                "dvc.upload.max-bytes", "-1");
        assertEquals(FileSettings.DEFAULT_MAX_BYTES,
                FileSettings.from(negative::get, Map.<String, String>of()::get).maxBytes());
    }
}
