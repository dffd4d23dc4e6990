package vn.dvcportal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOnlyTheNameWithoutControlsOrQuotes() {
        assertEquals("catalog.jsonl.gz", FileNames.safe("/tmp/x/catalog.jsonl.gz"));
        assertEquals("danh-muc.jsonl", FileNames.safe("C:\\Users\\a\\danh-muc.jsonl"));
        assertEquals("ab.jsonl", FileNames.safe("a\u0000\nb\".jsonl"));
        assertEquals(FileNames.UNNAMED, FileNames.safe(".."));
        assertEquals(FileNames.UNNAMED, FileNames.safe(null));
        assertEquals(FileNames.MAX_LENGTH, FileNames.safe("x".repeat(500)).length());
    }
}
