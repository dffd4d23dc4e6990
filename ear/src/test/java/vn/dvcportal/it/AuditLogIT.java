package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.audit.boundary.AccessLog;
import vn.dvcportal.audit.boundary.AccessRecord;
import vn.dvcportal.audit.boundary.AuditEntry;
import vn.dvcportal.audit.boundary.AuditPage;
import vn.dvcportal.audit.boundary.AuditQuery;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;

/** The audit trail and the access log in the running server, on its real database. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    static final String BASE = System.getProperty("dvc.it.base-url", "http://localhost:8180/");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(AuditLogIT.class);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AccessLog accessLog;

    @Inject
    AsAdministrator admin;

    @Inject
    UserTransaction transaction;

    @Test
    void recordedEventsAreFoundByTimeRange() throws Exception {
        String actor = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Instant from = Instant.now().minusSeconds(1);
        trail.record(AuditEventType.SIGN_IN_FAILED, null, actor, "192.0.2.10", "Sai mật khẩu");
        trail.record(AuditEventType.SIGN_IN_SUCCEEDED, actor, actor, "192.0.2.10", null);
        trail.record(AuditEventType.PASSWORD_CHANGED, actor, actor, "192.0.2.10", null);
        Instant to = Instant.now().plusSeconds(1);

        AuditPage mine = admin.call(() -> trail.search(
                new AuditQuery(from, to, null, actor, 0, 50)));
        assertEquals(2, mine.total(), "the failed sign-in has no actor, only a subject");
        assertEquals(AuditEventType.PASSWORD_CHANGED, mine.entries().get(0).type(),
                "newest first");

        AuditPage failures = admin.call(() -> trail.search(
                new AuditQuery(from, to, AuditEventType.SIGN_IN_FAILED, null, 0, 200)));
        assertTrue(failures.entries().stream().anyMatch(e -> actor.equals(e.subject())
                && "Sai mật khẩu".equals(e.detail())));

        AuditPage later = admin.call(() -> trail.search(
                new AuditQuery(to, to.plusSeconds(60), null, actor, 0, 50)));
        assertEquals(0, later.total());
    }

    @Test
    void anEventOutlivesTheRollbackOfWhatItReports() throws Exception {
        String subject = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Instant from = Instant.now().minusSeconds(1);
        transaction.begin();
        try {
            trail.record(AuditEventType.ACCOUNT_LOCKED, null, subject, null, "5 lần sai");
        } finally {
            transaction.rollback();
        }

        AuditPage page = admin.call(() -> trail.search(new AuditQuery(from,
                Instant.now().plusSeconds(1), AuditEventType.ACCOUNT_LOCKED, null, 0, 200)));
        assertTrue(page.entries().stream().map(AuditEntry::subject).anyMatch(subject::equals));
    }

    @Test
    void requestsOverHttpReachTheAccessLogWithoutTheirQuery() throws Exception {
        String agent = "AuditLogIT/" + UUID.randomUUID();
        Instant from = Instant.now().minusSeconds(1);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build();
        int found = send(http, "thu-tuc?q=ho-tich&token=secret-in-query", agent);
        int missing = send(http, "khong-co-trang-nay?token=secret-in-query", agent);
        assertEquals(200, found);
        assertEquals(404, missing);

        List<AccessRecord> mine = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            mine = admin.call(() -> accessLog.between(from, Instant.now().plusSeconds(1),
                    AccessLog.MAX_RECORDS)).stream()
                    .filter(r -> agent.equals(r.userAgent()))
                    .toList();
            if (mine.size() >= 2) {
                break;
            }
            Thread.sleep(200);
        }

        assertEquals(2, mine.size(), "both requests recorded, once each: " + mine);
        AccessRecord list = mine.stream().filter(r -> r.path().endsWith("/thu-tuc"))
                .findFirst().orElseThrow(() -> new AssertionError("no /thu-tuc record"));
        assertEquals("GET", list.method());
        assertEquals(200, list.status());
        assertNull(list.user(), "an anonymous request");
        assertNotNull(list.clientAddress());
        assertTrue(list.durationMillis() >= 0);
        assertTrue(mine.stream().anyMatch(r -> r.path().endsWith("/khong-co-trang-nay")
                && r.status() == 404));
        for (AccessRecord r : mine) {
            assertFalse(r.path().contains("?") || r.path().contains("secret"), r.path());
        }
    }

    @Test
    void onlyAdministratorsSearch() {
        Instant now = Instant.now();
        assertThrows(EJBAccessException.class,
                () -> trail.search(AuditQuery.between(now.minusSeconds(60), now, 10)));
        assertThrows(EJBAccessException.class,
                () -> accessLog.between(now.minusSeconds(60), now, 10));
    }

    private static int send(HttpClient http, String path, String agent) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("User-Agent", agent).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
