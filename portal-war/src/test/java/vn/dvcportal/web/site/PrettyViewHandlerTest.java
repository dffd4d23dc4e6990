package vn.dvcportal.web.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrettyViewHandlerTest {

    @Test
    void publicPagesAndErrorPagesKeepNoState() {
        for (String path : PrettyUrls.pagePaths()) {
            String view = PrettyUrls.forwardTarget(path).orElseThrow();
            assertTrue(PrettyViewHandler.isStateless(view) != path.startsWith("/quan-tri/"),
                    view);
        }
        assertTrue(PrettyViewHandler.isStateless(PrettyUrls.PROCEDURE_VIEW));
        assertTrue(PrettyViewHandler.isStateless("/WEB-INF/errorpages/404.xhtml"));
        assertTrue(PrettyViewHandler.isStateless("/WEB-INF/errorpages/expired.xhtml"));
    }

    @Test
    void theAdministrationKeepsItsStateForAjax() {
        assertFalse(PrettyViewHandler.isStateless("/admin/catalogImport.xhtml"));
    }

    @Test
    void formsThatPostBackKeepTheirState() {
        assertFalse(PrettyViewHandler.isStateless("/account/signIn.xhtml"));
        assertFalse(PrettyViewHandler.isStateless("/account/register.xhtml"));
        assertFalse(PrettyViewHandler.isStateless("/account/profile.xhtml"));
        assertTrue(PrettyViewHandler.isStateless("/account/verifyEmail.xhtml"));
        assertTrue(PrettyViewHandler.isStateless("/office/home.xhtml"));
    }
}
