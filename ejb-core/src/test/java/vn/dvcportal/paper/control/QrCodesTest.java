package vn.dvcportal.paper.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void pngDecodesBackToTheText() throws Exception {
        byte[] png = QrCodes.png("STP-250305-0007", 240);

        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                java.util.Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(240, image.getWidth());
        assertEquals(240, image.getHeight());
        assertEquals("STP-250305-0007", QrDecoding.decode(image));
    }

    @Test
    void carriesVietnameseTextAsUtf8() throws Exception {
        String text = "Hồ sơ STP-250305-0007 của Nguyễn Thị Hương";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 300)));
        assertEquals(text, QrDecoding.decode(image));
    }

    @Test
    void growsWhenAskedForLessThanOnePixelPerModule() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                QrCodes.png("STP-250305-0007", 21)));
        assertEquals(image.getWidth(), image.getHeight());
        assertEquals(true, image.getWidth() >= 21 + 2 * QrCodes.QUIET_ZONE);
    }

    @Test
    void modulesHaveNoQuietZone() {
        // Version 1 holds up to 14 bytes at level M: 21 modules square.
        assertEquals(21, QrCodes.modules("STP-0001").getWidth());
        assertEquals(true, QrCodes.modules("STP-0001").get(0, 0), "finder pattern corner");
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(null, 200));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(" ", 200));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("x", 20));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("x", 5000));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("x".repeat(5000), 200));
    }
}
