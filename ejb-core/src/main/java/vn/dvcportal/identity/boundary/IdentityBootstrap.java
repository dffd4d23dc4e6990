package vn.dvcportal.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.catalog.entity.Agency;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.control.PasswordHasher;
import vn.dvcportal.identity.control.PasswordPolicy;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.Address;
import vn.dvcportal.identity.entity.CitizenProfile;
import vn.dvcportal.identity.entity.OfficialPosting;
import vn.dvcportal.identity.entity.OrgUnit;
import vn.dvcportal.identity.entity.Roles;

/**
 * Makes a new installation usable: creates the system administrator {@code admin} when no
 * account of that name exists, with the password in {@code dvc.admin.password} (or
 * {@code DVC_ADMIN_PASSWORD}), else a random one written once to the server log. With
 * {@code dvc.demo=true} it also creates, once, two demo agencies with departments and an
 * official for each role, and a citizen (personal ID {@value #DEMO_CITIZEN}), whose password
 * is {@code dvc.demo.password} (or {@code DVC_DEMO_PASSWORD}), else random and logged.
 */
@Singleton
@Startup
// After the catalogue, so that the demo agencies find the catalogue's agencies of their name.
@DependsOn({"SchemaMigration", "CatalogBootstrap"})
public class IdentityBootstrap {

    public static final String ADMIN = "admin";

    static final String DEMO_MARKER = "SYT";
    static final String DEMO_CITIZEN = "001195012345";

    private static final Logger LOG = Logger.getLogger(IdentityBootstrap.class.getName());
    private static final String ACTOR = "system";

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @EJB
    AuditTrail audit;

    @PostConstruct
    void prepare() {
        AccountStore store = new AccountStore(em);
        if (store.byLoginName(ADMIN).isEmpty()) {
            createAdmin();
        }
        if (Boolean.parseBoolean(setting("dvc.demo", "DVC_DEMO"))
                && em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                        .setParameter("code", DEMO_MARKER).getResultList().isEmpty()) {
            createDemo();
        }
    }

    private void createAdmin() {
        char[] password = password("dvc.admin.password", "DVC_ADMIN_PASSWORD",
                "The administrator account admin was created with the password {0};"
                        + " change it after signing in");
        Account admin = Account.official(ADMIN, "Quản trị hệ thống", null, null,
                hasher.hash(password), Instant.now());
        em.persist(admin);
        em.persist(new OfficialPosting(admin, null, Set.of(Roles.SYSTEM_ADMIN)));
        audit.record(AuditEventType.ACCOUNT_CREATED, ACTOR, ADMIN, null,
                "Vai trò: " + Roles.SYSTEM_ADMIN);
    }

    private void createDemo() {
        LOG.info("Creating the demo agencies and officials");
        char[] password = password("dvc.demo.password", "DVC_DEMO_PASSWORD",
                "The demo officials were created with the password {0}");
        String hash = hasher.hash(password);
        OrgUnit health = unit(DEMO_MARKER, "Sở Y tế", null, "Sở Y tế");
        OrgUnit healthOffice = unit("SYT-VP", "Văn phòng Sở Y tế", health, null);
        OrgUnit healthPractice = unit("SYT-NVY", "Phòng Nghiệp vụ Y", health, null);
        OrgUnit justice = unit("STP", "Sở Tư pháp", null, "Sở Tư pháp");
        OrgUnit justiceOffice = unit("STP-VP", "Văn phòng Sở Tư pháp", justice, null);
        OrgUnit justiceAdmin = unit("STP-HCTP", "Phòng Hành chính tư pháp", justice, null);

        official("syt.motcua", "Nguyễn Thị Lan", healthOffice, Roles.RECEIVER, hash);
        official("syt.chuyenvien", "Trần Văn Minh", healthPractice, Roles.PROCESSOR, hash);
        official("syt.lanhdao", "Lê Hoàng Nam", health, Roles.APPROVER, hash);
        official("syt.quantri", "Phạm Thu Hà", healthOffice, Roles.AGENCY_ADMIN, hash);
        official("stp.motcua", "Hoàng Thị Mai", justiceOffice, Roles.RECEIVER, hash);
        official("stp.chuyenvien", "Vũ Đức Anh", justiceAdmin, Roles.PROCESSOR, hash);
        official("stp.lanhdao", "Đặng Quốc Bảo", justice, Roles.APPROVER, hash);
        official("stp.quantri", "Bùi Ngọc Linh", justiceOffice, Roles.AGENCY_ADMIN, hash);
        citizen(hash);
    }

    /** A citizen to try the portal with at once, without waiting for a verification mail. */
    private void citizen(String hash) {
        Account account = Account.citizen(
                new CitizenProfile(DEMO_CITIZEN, LocalDate.of(1995, 3, 2)), "Nguyễn Thị Hương",
                "congdan@example.org", "0912345678", new Address("01", "00004", "12 Hàng Bài"),
                hash, Instant.now());
        account.markEmailVerified();
        em.persist(account);
        audit.record(AuditEventType.ACCOUNT_CREATED, ACTOR, DEMO_CITIZEN, null,
                "Dữ liệu mẫu; công dân");
    }

    private OrgUnit unit(String code, String name, OrgUnit parent, String catalogName) {
        Long catalogId = catalogName == null ? null
                : em.createNamedQuery(Agency.FIND_BY_NAME, Agency.class)
                        .setParameter("name", catalogName)
                        .getResultStream().findFirst().map(Agency::getId).orElse(null);
        OrgUnit unit = new OrgUnit(code, name, parent, catalogId);
        em.persist(unit);
        return unit;
    }

    private void official(String login, String name, OrgUnit unit, String role, String hash) {
        Account account = Account.official(login, name, login + "@example.org", null, hash,
                Instant.now());
        em.persist(account);
        em.persist(new OfficialPosting(account, unit, Set.of(role)));
        audit.record(AuditEventType.ACCOUNT_CREATED, ACTOR, login, null,
                "Dữ liệu mẫu; vai trò: " + role + "; đơn vị: " + unit.getCode());
    }

    /** The configured password, or a random one logged once, since nobody else can know it. */
    private static char[] password(String property, String variable, String logged) {
        String configured = setting(property, variable);
        if (configured != null && !configured.isBlank()) {
            if (PasswordPolicy.problem(configured.toCharArray(), null) != null) {
                LOG.log(Level.WARNING, "The password in {0} is weak: {1}",
                        new Object[] {property, PasswordPolicy.problem(configured.toCharArray(),
                                null)});
            }
            return configured.toCharArray();
        }
        String generated = random();
        LOG.log(Level.WARNING, logged, generated);
        return generated.toCharArray();
    }

    private static String random() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String setting(String property, String variable) {
        return Optional.ofNullable(System.getProperty(property))
                .orElseGet(() -> System.getenv(variable));
    }
}
