package vn.dvcportal.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrettyUrlsTest {

    @Test
    void publicPathsForwardToTheirViews() {
        assertEquals(Optional.of("/index.xhtml"), PrettyUrls.forwardTarget("/"));
        assertEquals(Optional.of("/procedures.xhtml"), PrettyUrls.forwardTarget("/thu-tuc"));
        assertEquals(Optional.of("/about.xhtml"), PrettyUrls.forwardTarget("/gioi-thieu"));
        assertEquals(Optional.of("/lookup.xhtml"), PrettyUrls.forwardTarget("/tra-cuu-ho-so"));
        assertEquals(Optional.of("/faq.xhtml"), PrettyUrls.forwardTarget("/hoi-dap"));
        assertEquals(Optional.of("/siteMap.xhtml"), PrettyUrls.forwardTarget("/so-do-cong"));
        assertEquals(Optional.of("/admin/catalogImport.xhtml"),
                PrettyUrls.forwardTarget("/quan-tri/nhap-danh-muc"));
    }

    @Test
    void aProcedurePathCarriesItsCodeAsParameter() {
        assertEquals(Optional.of("/procedure.xhtml?ma=1.000771"),
                PrettyUrls.forwardTarget("/thu-tuc/1.000771"));
        assertEquals(Optional.of("/procedure.xhtml?ma=a%20b%26c"),
                PrettyUrls.forwardTarget("/thu-tuc/a b&c"));
    }

    @Test
    void otherPathsAreLeftAlone() {
        assertFalse(PrettyUrls.forwardTarget("/thu-tuc/").isPresent());
        assertFalse(PrettyUrls.forwardTarget("/thu-tuc/1.000771/x").isPresent());
        assertFalse(PrettyUrls.forwardTarget("/api/admin/catalog/imports").isPresent());
        assertFalse(PrettyUrls.forwardTarget("/jakarta.faces.resource/core.js.xhtml")
                .isPresent());
        assertFalse(PrettyUrls.forwardTarget("/sitemap.xml").isPresent());
        assertFalse(PrettyUrls.forwardTarget(null).isPresent());
    }

    @Test
    void viewsKnowTheirPublicPath() {
        assertEquals(Optional.of("/thu-tuc"), PrettyUrls.prettyPath("/procedures.xhtml"));
        assertEquals(Optional.of("/thu-tuc"), PrettyUrls.prettyPath("/procedures"));
        assertEquals(Optional.of("/quan-tri/nhap-danh-muc"),
                PrettyUrls.prettyPath("/admin/catalogImport.xhtml"));
        assertFalse(PrettyUrls.prettyPath("/procedure.xhtml").isPresent());
        assertFalse(PrettyUrls.prettyPath("/WEB-INF/errorpages/404.xhtml").isPresent());
    }

    @Test
    void viewsNamedDirectlyRedirectPermanentlyKeepingTheQuery() {
        assertEquals(Optional.of(new PrettyUrls.Redirect("/thu-tuc?q=h%E1%BB%99&trang=2", true)),
                PrettyUrls.redirectFor("/procedures.xhtml", "q=h%E1%BB%99&trang=2"));
        assertEquals(Optional.of(new PrettyUrls.Redirect("/so-do-cong", true)),
                PrettyUrls.redirectFor("/siteMap", null));
        assertEquals(Optional.of(new PrettyUrls.Redirect("/", true)),
                PrettyUrls.redirectFor("/index.xhtml", ""));
        assertEquals(Optional.of(new PrettyUrls.Redirect("/hoi-dap?lang=en", true)),
                PrettyUrls.redirectFor("/hoi-dap/", "lang=en"));
    }

    @Test
    void theProcedureViewRedirectsToTheCodePath() {
        assertEquals(Optional.of(new PrettyUrls.Redirect("/thu-tuc/1.000771?lang=en", true)),
                PrettyUrls.redirectFor("/procedure.xhtml", "lang=en&ma=1.000771"));
        assertEquals(Optional.of(new PrettyUrls.Redirect("/thu-tuc", true)),
                PrettyUrls.redirectFor("/procedure", null));
    }

    @Test
    void accountPagesAreServedButNotListedForSearchEngines() {
        assertEquals(Optional.of("/account/signIn.xhtml"), PrettyUrls.forwardTarget("/dang-nhap"));
        assertEquals(Optional.of("/account/register.xhtml"), PrettyUrls.forwardTarget("/dang-ky"));
        assertEquals(Optional.of("/account/profile.xhtml"), PrettyUrls.forwardTarget("/ca-nhan"));
        assertEquals(Optional.of("/office/home.xhtml"), PrettyUrls.forwardTarget("/quan-ly"));
        assertEquals(Optional.of("/office/officials.xhtml"),
                PrettyUrls.forwardTarget("/quan-tri/can-bo"));
        assertEquals(Optional.of("/dang-nhap"), PrettyUrls.prettyPath("/account/signIn.xhtml"));
        assertFalse(PrettyUrls.pagePaths().contains("/dang-nhap"));
        assertFalse(PrettyUrls.pagePaths().contains("/ca-nhan"));
        assertFalse(PrettyUrls.redirectFor("/dang-nhap", "tiep=%2Fca-nhan").isPresent());
        assertEquals(Optional.of(new PrettyUrls.Redirect("/ca-nhan", true)),
                PrettyUrls.redirectFor("/account/profile.xhtml", null));
    }

    @Test
    void onlyTheFormsKeepTheirState() {
        assertTrue(PrettyUrls.isFormView("/account/signIn.xhtml"));
        assertTrue(PrettyUrls.isFormView("/account/register"));
        assertTrue(PrettyUrls.isFormView("/office/officials.xhtml"));
        assertFalse(PrettyUrls.isFormView("/account/verifyEmail.xhtml"));
        assertFalse(PrettyUrls.isFormView("/office/home.xhtml"));
        assertFalse(PrettyUrls.isFormView("/procedures.xhtml"));
        assertFalse(PrettyUrls.isFormView(null));
    }

    @Test
    void theAdministrationsRootLeadsToTheBackOffice() {
        PrettyUrls.Redirect redirect = PrettyUrls.redirectFor("/quan-tri", null).orElseThrow();
        assertEquals("/quan-ly", redirect.location());
        assertFalse(redirect.permanent());
    }

    @Test
    void publicPathsAndOtherFilesNeedNoRedirect() {
        for (String path : PrettyUrls.pagePaths()) {
            assertFalse(PrettyUrls.redirectFor(path, "q=x").isPresent(), path);
        }
        assertFalse(PrettyUrls.redirectFor("/sitemap.xml", null).isPresent());
        assertFalse(PrettyUrls.redirectFor("/thu-tuc/1.000771", null).isPresent());
        assertTrue(PrettyUrls.pagePaths().contains("/thu-tuc"));
    }

    @Test
    void encodedSeparatorsAndParentStepsAreUnsafe() {
        assertTrue(PrettyUrls.isUnsafeRawPath("/thu-tuc/a%2Fb"));
        assertTrue(PrettyUrls.isUnsafeRawPath("/thu-tuc/a%2fb"));
        assertTrue(PrettyUrls.isUnsafeRawPath("/thu-tuc/a%5Cb"));
        assertTrue(PrettyUrls.isUnsafeRawPath("/thu-tuc/a%5cb"));
        assertTrue(PrettyUrls.isUnsafeRawPath("/thu-tuc/a\\b"));
        assertTrue(PrettyUrls.isUnsafeRawPath("/thu-tuc/../quan-tri/nhap-danh-muc"));
        assertTrue(PrettyUrls.isUnsafeRawPath("/thu-tuc/%2e%2e/quan-tri/nhap-danh-muc"));
        assertTrue(PrettyUrls.isUnsafeRawPath("/thu-tuc/.%2E"));
    }

    @Test
    void ordinaryPathsAreSafe() {
        assertFalse(PrettyUrls.isUnsafeRawPath("/"));
        assertFalse(PrettyUrls.isUnsafeRawPath("/thu-tuc/1.000771"));
        assertFalse(PrettyUrls.isUnsafeRawPath("/thu-tuc/a%20b"));
        assertFalse(PrettyUrls.isUnsafeRawPath("/thu-tuc/..x"));
        assertFalse(PrettyUrls.isUnsafeRawPath("/jakarta.faces.resource/core.js.xhtml"));
        assertFalse(PrettyUrls.isUnsafeRawPath(null));
    }

    @Test
    void onlyTheAdministrationViewsNeedTheAdminRole() {
        assertTrue(PrettyUrls.isAdminView(
                PrettyUrls.forwardTarget(PrettyUrls.CATALOG_IMPORT).orElseThrow()));
        for (String path : PrettyUrls.pagePaths()) {
            String target = PrettyUrls.forwardTarget(path).orElseThrow();
            assertEquals(path.startsWith("/quan-tri/"), PrettyUrls.isAdminView(target), path);
        }
        assertFalse(PrettyUrls.isAdminView(
                PrettyUrls.forwardTarget("/thu-tuc/1.000771").orElseThrow()));
    }
}
