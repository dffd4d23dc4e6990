package vn.dvcportal.files.control;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small but real files of each kind, and a few impostors, made on the spot. */
public final class SampleFiles {

    static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String EXCEL_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private SampleFiles() {
    }

    /** A one-page PDF with no content, complete down to its cross-reference table. */
    public static byte[] pdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    /** A document with one paragraph, as Word would at least write it. */
    public static byte[] docx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes("/word/document.xml", WORD_MAIN));
        parts.put("_rels/.rels", rels("word/document.xml"));
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:r><w:t>Đơn đề nghị</w:t></w:r></w:p>"
                + "</w:body></w:document>");
        return zip(parts);
    }

    /** A workbook with one empty sheet. */
    public static byte[] xlsx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes("/xl/workbook.xml", EXCEL_MAIN));
        parts.put("_rels/.rels", rels("xl/workbook.xml"));
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheets/></workbook>");
        return zip(parts);
    }

    /** A Word document with macros: the same parts, but declared macro-enabled. */
    public static byte[] docm() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes("/word/document.xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml"));
        parts.put("_rels/.rels", rels("word/document.xml"));
        parts.put("word/document.xml", "<w:document/>");
        parts.put("word/vbaProject.bin", "not really a macro");
        return zip(parts);
    }

    /** An ordinary ZIP archive, which is not an office document. */
    public static byte[] plainZip() {
        return zip(Map.of("readme.txt", "Hồ sơ", "data/list.csv", "a,b\n1,2\n"));
    }

    /** The start of a Windows program: "MZ", the DOS stub, the PE offset. */
    public static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String contentTypes(String mainPart, String mainType) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"" + mainPart + "\" ContentType=\"" + mainType + "\"/>"
                + "</Types>";
    }

    private static String rels(String mainPart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"" + mainPart + "\"/></Relationships>";
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, Color.RED.getRGB());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
