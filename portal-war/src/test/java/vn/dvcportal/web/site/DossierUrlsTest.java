package vn.dvcportal.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DossierUrlsTest {

    @Test
    void theApplicationCarriesTheProcedureCode() {
        assertEquals(Optional.of("/dossier/apply.xhtml?ma=9.000029"),
                PrettyUrls.forwardTarget("/nop-ho-so/9.000029"));
        assertEquals("/nop-ho-so/9.000029", PrettyUrls.applyPath("9.000029"));
    }

    @Test
    void ownDossiersAreListedAndOpenedByCode() {
        assertEquals(Optional.of("/dossier/mine.xhtml"),
                PrettyUrls.forwardTarget("/ho-so-cua-toi"));
        assertEquals(Optional.of("/dossier/detail.xhtml?ma=SYT-260105-0001"),
                PrettyUrls.forwardTarget("/ho-so-cua-toi/SYT-260105-0001"));
        assertEquals("/ho-so-cua-toi/SYT-260105-0001",
                PrettyUrls.myDossierPath("SYT-260105-0001"));
    }

    @Test
    void theBackOfficeOpensDossiersByNumberOnly() {
        assertEquals(Optional.of("/office/worklist.xhtml"),
                PrettyUrls.forwardTarget("/quan-ly/ho-so"));
        assertEquals(Optional.of("/office/dossier.xhtml?id=150"),
                PrettyUrls.forwardTarget("/quan-ly/ho-so/150"));
        assertFalse(PrettyUrls.forwardTarget("/quan-ly/ho-so/abc").isPresent());
        assertFalse(PrettyUrls.forwardTarget("/quan-ly/ho-so/1234567890123456789").isPresent());
        assertEquals("/quan-ly/ho-so/150", PrettyUrls.officeDossierPath(150));
    }

    @Test
    void papersAndFilesAreLeftToTheirServlets() {
        assertFalse(PrettyUrls.forwardTarget("/quan-ly/ho-so/150/mau-01.pdf").isPresent());
        assertFalse(PrettyUrls.forwardTarget("/ho-so-cua-toi/X-1/giay-tiep-nhan.pdf")
                .isPresent());
        assertFalse(PrettyUrls.forwardTarget("/tep/7").isPresent());
        assertFalse(PrettyUrls.redirectFor("/tep/7", null).isPresent());
        assertFalse(PrettyUrls.redirectFor("/ho-so-cua-toi/X-1/giay-tiep-nhan.pdf", null)
                .isPresent());
    }

    @Test
    void viewsNamedDirectlyGoToTheirAddress() {
        assertEquals(Optional.of(new PrettyUrls.Redirect("/nop-ho-so/9.000029?ho-so=50",
                false)), PrettyUrls.redirectFor("/dossier/apply.xhtml", "ma=9.000029&ho-so=50"));
        assertEquals(Optional.of(new PrettyUrls.Redirect("/quan-ly/ho-so/150", false)),
                PrettyUrls.redirectFor("/office/dossier", "id=150"));
        assertEquals(Optional.of(new PrettyUrls.Redirect("/ho-so-cua-toi", true)),
                PrettyUrls.redirectFor("/dossier/mine.xhtml", null));
        assertFalse(PrettyUrls.redirectFor("/office/dossier.xhtml", "id=x").isPresent());
    }

    @Test
    void formsOfDossiersKeepTheirStateAndTheListDoesNot() {
        assertTrue(PrettyUrls.isFormView("/dossier/apply.xhtml"));
        assertTrue(PrettyUrls.isFormView("/dossier/detail"));
        assertTrue(PrettyUrls.isFormView("/office/worklist.xhtml"));
        assertTrue(PrettyUrls.isFormView("/office/dossier.xhtml"));
        assertFalse(PrettyUrls.isFormView("/dossier/mine.xhtml"));
        assertFalse(PrettyViewHandler.isStateless("/dossier/apply.xhtml"));
        assertTrue(PrettyViewHandler.isStateless("/dossier/mine.xhtml"));
        assertTrue(PrettyViewHandler.isStateless("/lookup.xhtml"));
    }

    @Test
    void familyViewsPostBackToTheAddressTheyWereOpenedAt() {
        assertTrue(PrettyUrls.isFamilyView("/dossier/apply.xhtml"));
        assertTrue(PrettyUrls.isFamilyView("/office/dossier"));
        assertFalse(PrettyUrls.isFamilyView("/office/worklist.xhtml"));
        assertEquals(Optional.of("/dossier/apply.xhtml"),
                PrettyUrls.viewOf("/nop-ho-so/9.000029"));
        assertEquals(Optional.of("/office/home.xhtml"), PrettyUrls.viewOf("/quan-ly"));
    }
}
