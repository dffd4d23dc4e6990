package vn.dvcportal.web.dossier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DossierFileUploadTest {

    @Test
    void onlyUploadsThatAskForItSkipTheNameCheck() {
        assertTrue(DossierFileUpload.anyName("true"));
        assertTrue(DossierFileUpload.anyName(Boolean.TRUE));
        assertFalse(DossierFileUpload.anyName(null));
        assertFalse(DossierFileUpload.anyName(Boolean.FALSE));
        assertFalse(DossierFileUpload.anyName("false"));
    }
}
