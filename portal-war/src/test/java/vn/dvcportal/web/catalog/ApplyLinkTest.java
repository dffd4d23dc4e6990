package vn.dvcportal.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApplyLinkTest {

    @Test
    void aVisitorSignsInFirstAndComesBackToTheApplication() {
        assertEquals("/dang-nhap?tiep=%2Fnop-ho-so%2F9.000029",
                ProcedureView.applyPath("9.000029", false));
        assertEquals("/nop-ho-so/9.000029", ProcedureView.applyPath("9.000029", true));
    }
}
