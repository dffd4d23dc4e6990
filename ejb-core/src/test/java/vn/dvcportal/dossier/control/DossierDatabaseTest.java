package vn.dvcportal.dossier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvcportal.dossier.control.Fixtures.APPLICANT;
import static vn.dvcportal.dossier.control.Fixtures.CALENDAR;
import static vn.dvcportal.dossier.control.Fixtures.MONDAY;
import static vn.dvcportal.dossier.control.Fixtures.at;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.catalog.entity.Agency;
import vn.dvcportal.catalog.entity.AgencyAssignment;
import vn.dvcportal.catalog.entity.AgencyRole;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.catalog.entity.ProcedureChannel;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;
import vn.dvcportal.catalog.entity.RequiredDocument;
import vn.dvcportal.dossier.entity.Consultation;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierFile;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.dossier.entity.DossierMessage;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.files.entity.StoredFile;
import vn.dvcportal.identity.entity.OrgUnit;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.platform.boundary.SchemaMigration;

/**
 * The entities, named queries, work lists and routing on an H2 database migrated by the real
 * changelog, with the real persistence unit outside a server.
 */
class DossierDatabaseTest {

    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");
    private static final Logger ECLIPSELINK = Logger.getLogger("org.eclipse.persistence");

    private static Connection keepAlive;
    private static EntityManagerFactory factory;
    private static long agencyId;
    private static long departmentId;

    @BeforeAll
    static void open() throws Exception {
        LIQUIBASE.setLevel(Level.WARNING);
        ECLIPSELINK.setLevel(Level.SEVERE);
        String url = "jdbc:h2:mem:dossiers;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        var db = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(keepAlive));
        Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () ->
                new Liquibase(SchemaMigration.CHANGELOG, new ClassLoaderResourceAccessor(
                        DossierDatabaseTest.class.getClassLoader()), db).update(""));
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        p.put("jakarta.persistence.jdbc.url", url);
        p.put("jakarta.persistence.jdbc.user", "sa");
        p.put("jakarta.persistence.jdbc.password", "");
        p.put("jakarta.persistence.validation.mode", "NONE");
        p.put("eclipselink.target-server", "None");
        p.put("eclipselink.logging.level", "SEVERE");
        factory = Persistence.createEntityManagerFactory("dvc", p);
        tx(em -> {
            Agency stp = new Agency("Sở Tư pháp tỉnh Demo");
            Agency other = new Agency("Bộ Demo");
            em.persist(stp);
            em.persist(other);
            em.flush();
            OrgUnit agency = new OrgUnit("STP", "Sở Tư pháp", null, stp.getId());
            em.persist(agency);
            OrgUnit department = new OrgUnit("STP-HCTP", "Phòng Hành chính tư pháp", agency,
                    null);
            em.persist(department);
            procedure(em, "1.000001", List.of(new AgencyAssignment(other,
                    AgencyRole.COMPETENT), new AgencyAssignment(stp, AgencyRole.IMPLEMENTING)));
            procedure(em, "1.000002", List.of(new AgencyAssignment(stp,
                    AgencyRole.COORDINATING)));
            em.flush();
            agencyId = agency.getId();
            departmentId = department.getId();
            return null;
        });
    }

    private static void procedure(EntityManager em, String code,
            List<AgencyAssignment> agencies) {
        Procedure p = new Procedure(code);
        p.replaceContent(new Procedure.Content("Thủ tục " + code, null, null, null, List.of(),
                List.of(), agencies, null, List.of(), List.of(new ProcedureChannel(
                        ChannelKind.ONLINE, BigDecimal.valueOf(5),
                        ProcessingTimeUnit.WORKING_DAY, "5 ngày làm việc", null, List.of())),
                List.of(new RequiredDocument(null, "Tờ khai", null, 1, 0)), List.of(), null,
                List.of(), null, null, null, null), "hash-" + code, Instant.now());
        em.persist(p);
    }

    @AfterAll
    static void close() throws Exception {
        factory.close();
        keepAlive.close();
    }

    private static <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Actor official(String login, long unit, String... roles) {
        Set<String> all = new java.util.HashSet<>(Set.of(roles));
        all.add(Roles.OFFICIAL);
        return new Actor(login, login, unit, "Đơn vị", agencyId, all);
    }

    @Test
    void routingTakesTheFirstReceivingAgencyOfTheTree() {
        tx(em -> {
            DossierStore store = new DossierStore(em);
            DossierRoutes routes = new DossierRoutes(em);
            ReceivingAgency r = routes.receiver(store.procedure("1.000001").orElseThrow())
                    .orElseThrow();
            assertEquals(new ReceivingAgency(agencyId, "STP", "Sở Tư pháp"), r);
            assertTrue(routes.receiver(store.procedure("1.000002").orElseThrow()).isEmpty(),
                    "a coordinating agency does not receive");
            assertEquals(List.of("1.000001"), routes.proceduresReceivedBy("STP", 10));
            assertEquals(List.of(), routes.proceduresReceivedBy("STP-HCTP", 10));
            assertEquals(List.of(), routes.proceduresReceivedBy("KHONG-CO", 10));
            return null;
        });
    }

    @Test
    void aProcedureSharedByTwoAgenciesOfTheTreeIsListedForTheFirstOnly() {
        tx(em -> {
            Agency syt = new Agency("Sở Y tế tỉnh Demo");
            em.persist(syt);
            em.flush();
            em.persist(new OrgUnit("SYT", "Sở Y tế", null, syt.getId()));
            Agency stp = em.createQuery("SELECT a FROM Agency a WHERE a.name = :n", Agency.class)
                    .setParameter("n", "Sở Tư pháp tỉnh Demo").getSingleResult();
            procedure(em, "1.000903", List.of(new AgencyAssignment(syt, AgencyRole.COMPETENT),
                    new AgencyAssignment(stp, AgencyRole.IMPLEMENTING)));
            procedure(em, "1.000904", List.of(new AgencyAssignment(stp, AgencyRole.COMPETENT),
                    new AgencyAssignment(syt, AgencyRole.IMPLEMENTING)));
            return null;
        });
        tx(em -> {
            DossierRoutes routes = new DossierRoutes(em);
            assertEquals(List.of("1.000001", "1.000904"), routes.proceduresReceivedBy("STP", 10));
            assertEquals(List.of("1.000001"), routes.proceduresReceivedBy("STP", 1));
            assertEquals(List.of("1.000903"), routes.proceduresReceivedBy("SYT", 10));
            return null;
        });
    }

    @Test
    void removedFilesStillCountAndADiscardedDraftLeavesNoRow() {
        Instant created = at(MONDAY, 8, 0);
        long id = tx(em -> {
            Dossier d = new Dossier("1.000001", "Cấp phiếu lý lịch tư pháp", agencyId, "STP",
                    "Sở Tư pháp", "079099000777", "Lê Thị Hoa", created);
            em.persist(d);
            em.persist(new DossierWorkflow(CALENDAR).created(d, new Actor("079099000777",
                    "Lê Thị Hoa", null, null, null, Set.of(Roles.CITIZEN)), created));
            StoredFile f = new StoredFile("b".repeat(64), 10, "application/pdf", "bb/bb/x",
                    created);
            em.persist(f);
            DossierFile gone = new DossierFile(d, f, 0, "Tờ khai", DossierFileKind.APPLICANT,
                    "a.pdf", created, "079099000777");
            gone.remove();
            em.persist(gone);
            em.persist(new DossierFile(d, f, 0, "Tờ khai", DossierFileKind.APPLICANT, "b.pdf",
                    created, "079099000777"));
            em.persist(new DossierFile(d, f, -1, null, DossierFileKind.RESULT, "kq.pdf",
                    created, "p"));
            em.persist(new DossierMessage(d, at(MONDAY, 7, 0), "p", "P", true, "Hôm nay"));
            em.persist(new DossierMessage(d, at(MONDAY.minusDays(1), 9, 0), "p", "P", true,
                    "Hôm qua"));
            em.flush();
            return d.getId();
        });
        tx(em -> {
            DossierStore store = new DossierStore(em);
            Dossier d = store.byId(id).orElseThrow();
            assertEquals(2, store.files(d).size());
            assertEquals(3, store.filesEverAttached(d));
            assertEquals(1, store.filesEverAttached(d, DossierFileKind.RESULT));
            Instant startOfMonday = MONDAY.atStartOfDay(WorkingCalendar.ZONE).toInstant();
            assertEquals(1, store.messagesSince(d, "p", startOfMonday));
            assertEquals(0, store.messagesSince(d, "q", startOfMonday));
            store.deleteDraft(store.locked(id).orElseThrow());
            return null;
        });
        tx(em -> {
            DossierStore store = new DossierStore(em);
            assertTrue(store.byId(id).isEmpty());
            assertEquals(0L, em.createQuery("SELECT COUNT(f) FROM DossierFile f"
                    + " WHERE f.dossier.id = :id", Long.class).setParameter("id", id)
                    .getSingleResult());
            assertEquals(1L, em.createQuery("SELECT COUNT(s) FROM StoredFile s"
                    + " WHERE s.sha256 = :h", Long.class).setParameter("h", "b".repeat(64))
                    .getSingleResult(), "the stored file stays");
            return null;
        });
    }

    @Test
    void aDossierGoesThroughTheDatabaseAndTheWorkLists() {
        Instant created = at(MONDAY, 8, 0);
        long id = tx(em -> {
            Dossier d = new Dossier("1.000001", "Cấp phiếu lý lịch tư pháp", agencyId, "STP",
                    "Sở Tư pháp", APPLICANT.login(), "Nguyễn Văn Ân", created);
            d.setProcessingTime(BigDecimal.valueOf(5), ProcessingTimeUnit.WORKING_DAY);
            d.setDocuments(DossierDocuments.of(List.of(new RequiredDocument(null, "Tờ khai",
                    null, 1, 0))).toJson());
            d.setFormData(FormData.toJson(Map.of("fullName", "Nguyễn Văn Ân")));
            em.persist(d);
            DossierWorkflow flow = new DossierWorkflow(CALENDAR);
            em.persist(flow.created(d, APPLICANT, created));
            StoredFile f = new StoredFile("a".repeat(64), 10, "application/pdf", "aa/aa/x",
                    created);
            em.persist(f);
            em.persist(new DossierFile(d, f, 0, "Tờ khai", DossierFileKind.APPLICANT,
                    "tờ khai.pdf", created, APPLICANT.login()));
            em.flush();
            return d.getId();
        });

        tx(em -> {
            DossierStore store = new DossierStore(em);
            Dossier d = store.openDraft(APPLICANT.login(), "1.000001").orElseThrow();
            assertEquals(id, d.getId());
            assertEquals(0, store.filesOfApplicant(APPLICANT.login(), 10).size(),
                    "a draft's files are not offered for reuse");
            assertEquals(Set.of(0), DossierViews.partsWithFiles(store.files(d)));
            Dossier locked = store.locked(id).orElseThrow();
            long before = locked.getVersion();
            new DossierWorkflow(CALENDAR).submit(locked, APPLICANT, "STP-260302-0001",
                    at(MONDAY, 9, 0));
            em.flush();
            assertNotEquals(before, locked.getVersion());
            return null;
        });
        tx(em -> {
            assertEquals(1, new DossierStore(em).filesOfApplicant(APPLICANT.login(), 10)
                    .size(), "submitted, its files are offered");
            return null;
        });

        Actor receiver = official("r", agencyId, Roles.RECEIVER);
        Actor approver = official("a", agencyId, Roles.APPROVER);
        Actor processor = official("p", departmentId, Roles.PROCESSOR);
        Instant now = at(MONDAY, 10, 0);
        tx(em -> {
            WorkLists lists = new WorkLists(em, CALENDAR);
            assertEquals(new WorkCounts(1, 0, 0, 0, 0, 0, 0, 0), lists.counts(receiver, now));
            assertEquals(1, lists.list(receiver, query(WorkQueue.ALL, "nguyen van an"), now)
                    .size());
            assertEquals(1, lists.list(receiver, query(WorkQueue.ALL, "STP-260302-0001"), now)
                    .size());
            assertEquals(1, lists.list(receiver, query(WorkQueue.ALL, "LÝ LỊCH"), now).size());
            assertEquals(0, lists.list(receiver, query(WorkQueue.ALL, "trần"), now).size());
            Actor foreign = new Actor("x", "x", 1L, "x", agencyId + 1000, Set.of(Roles.RECEIVER));
            assertEquals(0, lists.total(foreign, WorkQuery.of(WorkQueue.ALL), now));
            DossierStore store = new DossierStore(em);
            assertEquals("STP-260302-0001", store.byCode(" STP-260302-0001 ").orElseThrow()
                    .getCode());

            Dossier d = store.locked(id).orElseThrow();
            DossierWorkflow flow = new DossierWorkflow(CALENDAR);
            em.persist(flow.accept(d, d.getVersion(), receiver, null, now));
            em.flush();
            em.persist(flow.assign(d, d.getVersion(), approver, processor, null, now));
            em.flush();
            em.persist(flow.consult(d, d.getVersion(), processor, "Phòng", agencyId, true,
                    now.plusSeconds(86400), "Ý kiến?", now));
            em.persist(new Consultation(d, departmentId, "Phòng", "p", "P", now,
                    now.plusSeconds(86400), "Ý kiến?"));
            em.persist(new DossierMessage(d, now, APPLICANT.login(), "Nguyễn Văn Ân", false,
                    "Xin hỏi"));
            return null;
        });

        tx(em -> {
            WorkLists lists = new WorkLists(em, CALENDAR);
            Actor departmentOfficial = official("o", departmentId);
            assertEquals(1, lists.counts(departmentOfficial, now).consultations());
            assertEquals(1, lists.counts(processor, now).mine());
            // Due next Monday 17:00: overdue a week later, near due on the Friday before.
            Instant late = at(MONDAY.plusDays(8), 9, 0);
            Instant friday = at(MONDAY.plusDays(4), 9, 0);
            assertEquals(1, lists.counts(processor, late).overdue());
            assertEquals(1, lists.counts(processor, friday).nearDue());
            assertEquals(0, lists.counts(processor, now).nearDue());
            WorkItem item = lists.list(processor, WorkQuery.of(WorkQueue.OVERDUE), late).get(0);
            assertTrue(item.overdue());
            assertEquals(DossierStep.CONSULTING, item.step());

            DossierStore store = new DossierStore(em);
            Dossier d = store.byId(id).orElseThrow();
            assertEquals(4, store.events(d).size());
            assertEquals(1, store.messages(d).size());
            assertEquals(1, store.consultations(d).size());
            assertFalse(store.consultations(d).get(0).isAnswered());
            return null;
        });
    }

    private static WorkQuery query(WorkQueue queue, String text) {
        return new WorkQuery(queue, text, null, false, false, 0, 20, false);
    }
}
