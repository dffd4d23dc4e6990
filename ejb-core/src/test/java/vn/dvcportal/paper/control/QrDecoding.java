package vn.dvcportal.paper.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Reads a QR code back from an image, as a phone at the desk would. */
final class QrDecoding {

    private QrDecoding() {
    }

    static String decode(BufferedImage image) throws ReaderException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new Luminance(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    /** Grey levels of an AWT image, for zxing core (which has no AWT adapter of its own). */
    static final class Luminance extends LuminanceSource {

        private final byte[] grey;

        Luminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                for (int x = 0; x < getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    grey[y * getWidth() + x] = (byte) ((r * 299 + g * 587 + b * 114) / 1000);
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
