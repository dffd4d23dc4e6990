package vn.dvcportal.web.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvcportal.dossier.control.PaperKind;

class DossierPaperServletTest {

    @Test
    void theApplicantGetsTheReceiptOfTheirDossier() {
        Optional<DossierPaperServlet.Request> r = DossierPaperServlet.parse("/ho-so-cua-toi",
                "/SYT-260105-0001/giay-tiep-nhan.pdf");
        assertTrue(r.isPresent());
        assertFalse(r.get().office());
        assertEquals("SYT-260105-0001", r.get().code());
        assertEquals(PaperKind.RECEIPT, r.get().kind());
    }

    @Test
    void officialsGetTheFivePapersByNumber() {
        assertEquals(PaperKind.RECEIPT, paper("mau-01.pdf"));
        assertEquals(PaperKind.SUPPLEMENT_REQUEST, paper("mau-02.pdf"));
        assertEquals(PaperKind.REFUSAL, paper("mau-03.pdf"));
        assertEquals(PaperKind.APOLOGY, paper("mau-04.pdf"));
        assertEquals(PaperKind.CONTROL_SHEET, paper("mau-05.pdf"));
        assertEquals("mau-05.pdf", DossierPaperServlet.paperSegment(PaperKind.CONTROL_SHEET));
        assertEquals(150L, DossierPaperServlet.parse("/quan-ly/ho-so", "/150/mau-01.pdf")
                .orElseThrow().id());
    }

    @Test
    void anyOtherAddressIsNoPaper() {
        assertFalse(DossierPaperServlet.parse("/quan-ly/ho-so", "/150/mau-06.pdf").isPresent());
        assertFalse(DossierPaperServlet.parse("/quan-ly/ho-so", "/x/mau-01.pdf").isPresent());
        assertFalse(DossierPaperServlet.parse("/quan-ly/ho-so", "/150").isPresent());
        assertFalse(DossierPaperServlet.parse("/ho-so-cua-toi", "/X/mau-01.pdf").isPresent());
        assertFalse(DossierPaperServlet.parse("/ho-so-cua-toi", "/X/giay-tiep-nhan.pdf/y")
                .isPresent());
        assertFalse(DossierPaperServlet.parse("/ho-so-cua-toi", "//giay-tiep-nhan.pdf")
                .isPresent());
        assertFalse(DossierPaperServlet.parse("/ho-so-cua-toi", null).isPresent());
    }

    private static PaperKind paper(String segment) {
        return DossierPaperServlet.parse("/quan-ly/ho-so", "/150/" + segment).orElseThrow()
                .kind();
    }
}
