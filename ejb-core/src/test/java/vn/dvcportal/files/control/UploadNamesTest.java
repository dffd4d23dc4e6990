package vn.dvcportal.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvcportal.identity.control.ValidationFailure;

class UploadNamesTest {

    private static final String BIRTH_CERTIFICATE = "Giấy khai sinh bản sao.pdf";

    @Test
    void decomposedInputIsKeptComposed() {
        String nfd = Normalizer.normalize(BIRTH_CERTIFICATE, Normalizer.Form.NFD);
        assertFalse(nfd.equals(BIRTH_CERTIFICATE));

        String clean = UploadNames.clean(nfd);

        assertEquals(BIRTH_CERTIFICATE, clean);
        assertTrue(Normalizer.isNormalized(clean, Normalizer.Form.NFC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x.pdf", "/etc/x.pdf", "..\\..\\x.pdf",
        "C:\\Users\\Lan\\Documents\\x.pdf", "  x.pdf  ", "hồ sơ/../x.pdf"})
    void folderPartsAreStripped(String submitted) {
        assertEquals("x.pdf", UploadNames.clean(submitted));
    }

    @Test
    void controlAndInvisibleCharactersAreRemoved() {
        assertEquals("Đơn đề nghị.pdf", UploadNames.clean("Đơn\u0000 đề nghị\t.pdf"));
        assertEquals("ab.pdf", UploadNames.clean("a\r\nb.pdf"));
        assertEquals("ab.pdf", UploadNames.clean("a\u0000b\u007F.pdf"));
        // The right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
        assertEquals("invoicefdp.exe", UploadNames.clean("invoice\u202Efdp.exe"));
        assertEquals("ab.pdf", UploadNames.clean("\uFEFFa\u200Bb.pdf"));
    }

    @Test
    void anInvisibleCharacterDoesNotKeepATonesMarkApart() {
        String split = "Gia\u200B\u0301y.pdf";
        assertEquals("Giáy.pdf", UploadNames.clean(split));
    }

    @Test
    void aNameOf300VietnameseLettersIsRefused() {
        String name = "ệ".repeat(296) + ".pdf";
        assertEquals(300, name.codePointCount(0, name.length()));

        ValidationFailure refused = assertThrows(ValidationFailure.class,
                () -> UploadNames.clean(name));

        assertEquals("Tên tệp quá dài: tối đa 255 ký tự (tên này có 300 ký tự). Vui lòng đổi"
                + " tên tệp ngắn hơn rồi tải lên lại.", refused.problem("file"));
    }

    @Test
    void aNameOf255LettersIsKept() {
        String name = "ệ".repeat(251) + ".pdf";
        assertEquals(name, UploadNames.clean(name));
        // Counted after composition: the decomposed form of the same name is as long.
        assertEquals(name, UploadNames.clean(Normalizer.normalize(name, Normalizer.Form.NFD)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "../", "..", "C:\\docs\\", "\u0000\r\n"})
    void nothingLeftIsRefused(String submitted) {
        ValidationFailure refused = assertThrows(ValidationFailure.class,
                () -> UploadNames.clean(submitted));
        assertEquals(UploadNames.BLANK, refused.problem("file"));
    }

    @Test
    void noNameIsRefused() {
        assertThrows(ValidationFailure.class, () -> UploadNames.clean(null));
    }

    @Test
    void contentDispositionGivesAnAsciiFallbackAndTheExactName() {
        assertEquals("attachment; filename=\"Giay khai sinh ban sao.pdf\"; filename*=UTF-8''"
                + "Gi%E1%BA%A5y%20khai%20sinh%20b%E1%BA%A3n%20sao.pdf",
                UploadNames.contentDisposition(BIRTH_CERTIFICATE, false));
        assertTrue(UploadNames.contentDisposition(BIRTH_CERTIFICATE, true)
                .startsWith("inline; filename=\"Giay khai sinh ban sao.pdf\"; "));
    }

    @Test
    void theEncodedNameDecodesToTheName() {
        String name = "Đơn (bản 2) 100% đúng; \"chính thức\".docx";
        String header = UploadNames.contentDisposition(name, false);
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);

        assertEquals(name, URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        assertTrue(encoded.matches("[A-Za-z0-9!#$&+.^_`|~%-]+"), encoded);
        assertTrue(header.startsWith(
                "attachment; filename=\"Don (ban 2) 100_ dung; _chinh thuc_.docx\"; "), header);
    }

    @Test
    void aHeaderStaysOneHeader() {
        String header = UploadNames.contentDisposition("a\r\nSet-Cookie: x=1.pdf", false);
        assertFalse(header.contains("\r") || header.contains("\n"), header);
    }

    @Test
    void namesInOtherScriptsStillGetAFallback() {
        assertEquals("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E6%96%87%E4%BB%B6.pdf",
                UploadNames.contentDisposition("文件.pdf", false));
        assertTrue(UploadNames.contentDisposition(" ", false)
                .startsWith("attachment; filename=\"tep\""));
    }

    @Test
    void theExtensionOfTheContentIsAddedWhenMissing() {
        assertEquals("scan.pdf.png", UploadNames.withExtension("scan.pdf", FileKind.PNG));
        assertEquals("ảnh.JPEG", UploadNames.withExtension("ảnh.JPEG", FileKind.JPEG));
        assertEquals("ảnh.jpg", UploadNames.withExtension("ảnh.jpg", FileKind.JPEG));
        assertEquals("bảng kê.xlsx", UploadNames.withExtension("bảng kê", FileKind.XLSX));
    }

    @Test
    void aNameThatHidesItsExtensionIsKeptWithTheContentsOne() {
        String clean = UploadNames.clean("abc\u202Efdp.exe");
        assertEquals("abcfdp.exe.pdf", UploadNames.withExtension(clean,
                FileKind.PDF.mediaType()));
        assertEquals("a.bin", UploadNames.withExtension("a.bin", "application/x-unknown"));
    }
}
