package vn.dvcportal.paper.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes of dossier codes, for the papers and for the web pages that show the same code.
 *
 * <p>Level M error correction survives a smudged or creased print; a paper copy of the receipt
 * is what the applicant brings back to the desk.
 */
public final class QrCodes {

    /** Smallest and largest image accepted by {@link #png}; beyond them it is a caller bug. */
    static final int MIN_PX = 21;
    static final int MAX_PX = 4096;

    /** Quiet zone around the symbol, in modules, as the QR standard asks. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * Returns a square PNG image of {@code px} pixels showing {@code text} as a QR code, quiet
     * zone included, black on white. When {@code px} is too small for one pixel per module the
     * image is as large as that needs.
     *
     * @throws IllegalArgumentException when the text is blank, too long for a QR code or
     *     {@code px} is outside 21..4096
     */
    public static byte[] png(String text, int px) {
        if (px < MIN_PX || px > MAX_PX) {
            throw new IllegalArgumentException("QR image size out of range: " + px);
        }
        BitMatrix matrix = encode(text, px, QUIET_ZONE);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the symbol of {@code text} with one matrix cell per module and no quiet zone;
     * whoever draws it leaves the quiet zone free around it.
     */
    static BitMatrix modules(String text) {
        return encode(text, 0, 0);
    }

    private static BitMatrix encode(String text, int px, int margin) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("No text for the QR code");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, margin);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, px, px, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text cannot be put in a QR code", e);
        }
    }
}
