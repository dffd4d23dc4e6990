package vn.dvcportal.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells a test that drives a browser from outside which procedure the dossier tests apply for,
 * chosen inside the server the same way as for the tests that run there. Part of the test
 * module only, never of the application.
 */
@WebServlet("/procedure-for-stp")
public class ProcedureProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the test module answers; see Deployments. */
    static final String URL = TestAccounts.PORTAL + "/arquillian-tests/procedure-for-stp";

    @Inject
    transient DossierFixture fx;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(fx.procedure());
    }
}
