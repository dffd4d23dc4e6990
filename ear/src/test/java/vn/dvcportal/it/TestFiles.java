package vn.dvcportal.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Real files to upload, made on the spot: a PDF that PDFBox writes and a PNG whose chunks are
 * computed here; and the text of a PDF the portal printed, to check what it says.
 */
final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF with the lines, in ASCII. */
    static byte[] pdf(String... lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out =
                new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -16);
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG image of one colour, RGB, 8 bits per channel. */
    static byte[] png(int width, int height, int rgb) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0); // no filter on this scan line
            for (int x = 0; x < width; x++) {
                raw.write((rgb >> 16) & 0xff);
                raw.write((rgb >> 8) & 0xff);
                raw.write(rgb & 0xff);
            }
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(zipped)) {
            raw.writeTo(z);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", zipped.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** What a Windows program starts with: "MZ", then the DOS stub's words. */
    static byte[] windowsProgram() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        return exe;
    }

    /** A stream of {@code size} bytes that starts like a PDF, never held in memory whole. */
    static InputStream largePdfLike(long size) {
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                if (sent >= size) {
                    return -1;
                }
                int b = sent < head.length ? head[(int) sent] : ' ';
                sent++;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - sent);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }

    static InputStream in(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    /** The text of a PDF, composed (NFC), white space folded to single spaces. */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPdf(byte[] content) {
        return content != null && content.length > 4
                && new String(content, 0, 4, StandardCharsets.US_ASCII).equals("%PDF");
    }
}
