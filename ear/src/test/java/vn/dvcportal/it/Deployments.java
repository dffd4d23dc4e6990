package vn.dvcportal.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application exactly as the build packaged it, plus a small web module that carries the
 * test classes into the server.
 */
final class Deployments {

    private Deployments() {
    }

    private static String applicationXml(EnterpriseArchive archive) {
        try (InputStream in = archive.get("META-INF/application.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application alone, for tests that act from outside as a browser would. */
    static EnterpriseArchive application() {
        File ear = new File(System.getProperty("dvc.ear", "target/dvc-portal.ear"));
        return ShrinkWrap.create(ZipImporter.class, "dvc-portal.ear")
                .importFrom(ear).as(EnterpriseArchive.class);
    }

    /** The application with the given test classes inside it, for tests that run in the server. */
    static EnterpriseArchive portal(Class<?>... testClasses) {
        return portal(null, testClasses);
    }

    /**
     * As {@link #portal(Class...)}, with the test module's jboss-ejb3.xml, which may name the
     * login name a test bean calls business methods under.
     */
    static EnterpriseArchive portal(String jbossEjb3Xml, Class<?>... testClasses) {
        EnterpriseArchive archive = application();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "tests.war")
                .addClasses(testClasses)
                .addClasses(SharedData.class, AsAdministrator.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        if (jbossEjb3Xml != null) {
            tests.addAsWebInfResource(new StringAsset(jbossEjb3Xml), "jboss-ejb3.xml");
        }
        archive.addAsModule(Testable.archiveToTest(tests));
        // The packaged application.xml lists its modules; the test module must be listed too.
        archive.setApplicationXML(new StringAsset(applicationXml(archive).replace("</application>",
                "<module><web><web-uri>tests.war</web-uri><context-root>/arquillian-tests"
                + "</context-root></web></module></application>")));
        return archive;
    }
}
