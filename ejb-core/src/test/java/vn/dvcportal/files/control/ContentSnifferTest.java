package vn.dvcportal.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are told apart by what they contain; their names play no part. */
class ContentSnifferTest {

    @TempDir
    Path dir;

    @Test
    void recognisesEachAcceptedKindByItsContent() throws IOException {
        assertEquals(Optional.of(FileKind.PDF), detect("a.pdf", SampleFiles.pdf()));
        assertEquals(Optional.of(FileKind.JPEG), detect("a.jpg", SampleFiles.jpeg()));
        assertEquals(Optional.of(FileKind.PNG), detect("a.png", SampleFiles.png()));
        assertEquals(Optional.of(FileKind.DOCX), detect("a.docx", SampleFiles.docx()));
        assertEquals(Optional.of(FileKind.XLSX), detect("a.xlsx", SampleFiles.xlsx()));
    }

    @Test
    void theNameDoesNotMatter() throws IOException {
        assertEquals(Optional.of(FileKind.PNG), detect("scan.pdf", SampleFiles.png()));
        assertEquals(Optional.of(FileKind.PDF), detect("no-extension", SampleFiles.pdf()));
    }

    @Test
    void aProgramRenamedToPdfIsRefused() throws IOException {
        assertEquals(Optional.empty(), detect("Giấy khai sinh.pdf", SampleFiles.exe()));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertEquals(Optional.empty(), detect("empty.pdf", new byte[0]));
    }

    @Test
    void aZipThatIsNotAnOfficeDocumentIsRefused() throws IOException {
        assertEquals(Optional.empty(), detect("a.docx", SampleFiles.plainZip()));
    }

    @Test
    void macroEnabledDocumentsAreRefused() throws IOException {
        assertEquals(Optional.empty(), detect("a.docx", SampleFiles.docm()));
    }

    @Test
    void officePartsWithoutTheirDeclaredTypeAreRefused() throws IOException {
        byte[] docxTypesOnXlsxParts = SampleFiles.zip(Map.of(
                "[Content_Types].xml", SampleFiles.WORD_MAIN,
                "xl/workbook.xml", "<workbook/>"));
        assertEquals(Optional.empty(), detect("a.xlsx", docxTypesOnXlsxParts));
    }

    @Test
    void aDamagedArchiveIsRefused() throws IOException {
        byte[] docx = SampleFiles.docx();
        assertEquals(Optional.empty(),
                detect("cut.docx", Arrays.copyOf(docx, docx.length / 2)));
        assertEquals(Optional.empty(), detect("fake.docx", "PK\u0003\u0004 and nothing"
                .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void otherContentIsRefused() throws IOException {
        assertEquals(Optional.empty(), detect("a.pdf", "%PD".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), detect("a.pdf",
                " %PDF-1.4 leading space".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), detect("a.html",
                "<html><body>%PDF-</body></html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), detect("a.gif", "GIF89a....".getBytes(
                StandardCharsets.US_ASCII)));
    }

    private Optional<FileKind> detect(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return ContentSniffer.detect(file);
    }
}
