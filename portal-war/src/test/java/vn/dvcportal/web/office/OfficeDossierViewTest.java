package vn.dvcportal.web.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.dossier.entity.DossierAction;

class OfficeDossierViewTest {

    @Test
    void missingItemsAreTheTickedDocumentsThenEachTypedLine() {
        OfficeDossierView view = new OfficeDossierView();
        view.setMissingParts(List.of("Đơn đề nghị"));
        view.setMissingOther("  Bản sao văn bằng \n\n\r\nẢnh 4x6  ");
        assertEquals(List.of("Đơn đề nghị", "Bản sao văn bằng", "Ảnh 4x6"), view.missingItems());
    }

    @Test
    void aNewDialogStartsEmpty() {
        OfficeDossierView view = new OfficeDossierView();
        view.setText("cũ");
        view.setNewDue("01/01/2026");
        view.setGrant(false);
        view.prepare(DossierAction.DELAY);
        assertEquals(null, view.getText());
        assertEquals(null, view.getNewDue());
        assertTrue(view.isGrant());
        assertTrue(view.actionIs("DELAY"));
        assertFalse(view.actionIs("ACCEPT"));
    }

    @Test
    void eachDialogAsksForItsOwnText() {
        OfficeDossierView view = new OfficeDossierView();
        view.prepare(DossierAction.REFUSE_RECEIPT);
        assertEquals("reasons", view.getTextField());
        assertTrue(view.isTextRequired());
        view.prepare(DossierAction.DELAY);
        assertEquals("reason", view.getTextField());
        view.prepare(DossierAction.ACCEPT);
        assertEquals("note", view.getTextField());
        assertFalse(view.isTextRequired());
        view.prepare(DossierAction.CONSULT);
        assertFalse(view.isTextShown());
    }
}
