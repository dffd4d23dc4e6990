package vn.dvcportal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UploadLimitTest {

    @Test
    void aStreamUpToTheLimitIsReadWhole() throws IOException {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10)) {
            assertEquals(10, in.transferTo(OutputStream.nullOutputStream()));
        }
    }

    @Test
    void oneByteMoreFails() {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10);
        UploadTooLargeException e = assertThrows(UploadTooLargeException.class,
                () -> in.transferTo(OutputStream.nullOutputStream()));
        assertTrue(UploadTooLargeException.isCause(e));
    }

    @Test
    void theWebServersOwnLimitIsRecognisedByName() {
        assertTrue(UploadTooLargeException.isCause(
                new IOException("wrapped", new RequestTooBigException())));
        assertFalse(UploadTooLargeException.isCause(new IOException("disk full")));
        assertFalse(UploadTooLargeException.isCause(null));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        assertTrue(CatalogImportResource.isDeclaredTooLarge(
                String.valueOf(CatalogUploads.MAX_BYTES + 1)));
        assertFalse(CatalogImportResource.isDeclaredTooLarge(
                String.valueOf(CatalogUploads.MAX_BYTES)));
        assertFalse(CatalogImportResource.isDeclaredTooLarge(null));
        assertFalse(CatalogImportResource.isDeclaredTooLarge("lots"));
        assertTrue(CatalogImportResource.isDeclaredTooLarge("99999999999"));
    }

    @Test
    void thePageTakesTheSameFilesAsTheApi() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertEquals(CatalogUploads.MAX_BYTES, number(webXml, "max-file-size"));
        assertTrue(number(webXml, "max-request-size") > CatalogUploads.MAX_BYTES,
                "room for the multipart envelope around a file of the largest size");
    }

    private static long number(String xml, String element) {
        Matcher m = Pattern.compile("<" + element + ">(\\d+)</" + element + ">").matcher(xml);
        assertTrue(m.find(), element);
        return Long.parseLong(m.group(1));
    }

    /** Stands for the web server's exception, which is known only by its simple name. */
    private static final class RequestTooBigException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
