package vn.dvcportal.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvcportal.division.entity.AdministrativeUnit;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.AccountKind;
import vn.dvcportal.identity.entity.OfficialPosting;
import vn.dvcportal.identity.entity.OrgUnit;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.identity.entity.TokenPurpose;

/**
 * The account flows on the real schema and persistence unit, on H2: registration, sign-in and
 * lockout, one-time links, officials within their agency, external links, profile edits.
 * Each test works with its own login names, so the tests share one database.
 */
class IdentityFlowsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    private static final Instant NOW = Instant.parse("2025-09-01T03:00:00Z");
    private static final char[] PASSWORD = "hoa sen trong đầm".toCharArray();

    private static IdentityDatabase db;
    private static final PasswordHasher HASHER = new PasswordHasher(1_000);
    private static final LockoutPolicy LOCKOUT = new LockoutPolicy();

    @BeforeAll
    static void open() throws Exception {
        db = IdentityDatabase.open("identity-flows");
        db.run(em -> {
            AdministrativeUnit hanoi = new AdministrativeUnit(UnitEra.CURRENT,
                    UnitLevel.PROVINCE, "01", "Thành phố Hà Nội", "Thành phố Trung ương", null);
            AdministrativeUnit hue = new AdministrativeUnit(UnitEra.CURRENT, UnitLevel.PROVINCE,
                    "46", "Thành phố Huế", "Thành phố Trung ương", null);
            em.persist(hanoi);
            em.persist(hue);
            em.persist(new AdministrativeUnit(UnitEra.CURRENT, UnitLevel.COMMUNE, "00004",
                    "Phường Ba Đình", "Phường", hanoi));
            em.persist(new AdministrativeUnit(UnitEra.CURRENT, UnitLevel.COMMUNE, "19753",
                    "Phường Thuận Hóa", "Phường", hue));
        });
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    static CitizenRegistration citizen(String id, String email) {
        return new CitizenRegistration(id, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), email,
                "0912 345 678", "01", "00004", "Số 12 phố Điện Biên Phủ", PASSWORD.clone());
    }

    private Account register(CitizenRegistration form) {
        return db.inTransaction(em -> new Registrar(new AccountStore(em), HASHER)
                .registerCitizen(form, TODAY, NOW));
    }

    private Authenticator.Attempt signIn(String login, char[] password, Instant at) {
        return db.inTransaction(em -> new Authenticator(new AccountStore(em), HASHER, LOCKOUT)
                .signIn(login, password, at));
    }

    private void verify(Account account) {
        db.run(em -> {
            OneTimeTokens tokens = new OneTimeTokens(em);
            String token = tokens.issue(em.find(Account.class, account.getId()),
                    TokenPurpose.VERIFY_EMAIL, OneTimeTokens.VERIFY_EMAIL_VALIDITY, NOW);
            tokens.redeem(token, TokenPurpose.VERIFY_EMAIL, NOW).orElseThrow()
                    .markEmailVerified();
        });
    }

    @Test
    void aRegisteredCitizenSignsInOnlyOnceTheAddressIsVerified() {
        Account account = register(citizen("001090000101", " An.Nguyen@Example.COM "));
        assertEquals("001090000101", account.getLoginName());
        assertEquals(AccountKind.CITIZEN, account.getKind());
        assertEquals("an.nguyen@example.com", account.getEmail());
        assertEquals("0912345678", account.getPhone());
        assertFalse(account.isEmailVerified());

        assertEquals(SignInResult.Status.WRONG,
                signIn("001090000101", "sai mật khẩu".toCharArray(), NOW).result().status());
        assertEquals(SignInResult.Status.UNVERIFIED,
                signIn("001090000101", PASSWORD, NOW).result().status());

        verify(account);
        SignInResult ok = signIn("001 090 000 101", PASSWORD, NOW).result();
        assertEquals(SignInResult.Status.OK, ok.status());
        assertEquals(Set.of(Roles.CITIZEN), ok.account().roles());
        assertEquals("Nguyễn Văn An", ok.account().displayName());
        assertNull(ok.account().agencyId());
        assertEquals(SignInResult.Status.OK,
                signIn("AN.NGUYEN@example.com", PASSWORD, NOW).result().status(),
                "the e-mail address signs in too");
    }

    @Test
    void registrationRefusesTakenNumbersAndAddresses() {
        register(citizen("001090000202", "binh@example.com"));
        ValidationFailure sameId = assertThrows(ValidationFailure.class,
                () -> register(citizen("001090000202", "other@example.com")));
        assertTrue(sameId.problem("personalId").contains("đã được đăng ký"));
        ValidationFailure sameEmail = assertThrows(ValidationFailure.class,
                () -> register(citizen("001090000203", "BINH@example.com")));
        assertTrue(sameEmail.problem("email").contains("đã được dùng"));
        assertEquals(List.of("email"), List.copyOf(sameEmail.problems().keySet()));
    }

    @Test
    void theAddressMustNameACurrentCommuneOfTheProvince() {
        CitizenRegistration elsewhere = new CitizenRegistration("001090000303", "Lê Thị Hoa",
                LocalDate.of(1990, 1, 1), "hoa@example.com", "0912345678", "01", "19753",
                "Số 1", PASSWORD.clone());
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> register(elsewhere));
        assertEquals("Xã, phường, đặc khu không thuộc Thành phố Hà Nội.", e.problem("communeCode"));
        CitizenRegistration unknown = new CitizenRegistration("001090000303", "Lê Thị Hoa",
                LocalDate.of(1990, 1, 1), "hoa@example.com", "0912345678", "02", "00004",
                "Số 1", PASSWORD.clone());
        assertTrue(assertThrows(ValidationFailure.class, () -> register(unknown))
                .problem("provinceCode").contains("không có trong danh mục"));
    }

    @Test
    void payloadsInFreeTextAreStoredAsTextAndRefusedWhereTheFieldHasAShape() throws Exception {
        String street = "<script>alert('x')</script>'; DROP TABLE ACCOUNT; --";
        CitizenRegistration form = new CitizenRegistration("001090000404", "Trần Văn Bình",
                LocalDate.of(1990, 3, 3), "tvb@example.com", "0912345678", "01", "00004",
                street, PASSWORD.clone());
        Account stored = register(form);
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT STREET FROM ACCOUNT WHERE LOGIN_NAME = '001090000404'")) {
            assertTrue(rs.next());
            assertEquals(street, rs.getString(1));
        }
        assertEquals(street, stored.getAddress().getStreet());

        CitizenRegistration scriptName = new CitizenRegistration("001090000405",
                "<script>alert(1)</script>", LocalDate.of(1990, 3, 3), "x1@example.com",
                "0912345678", "01", "00004", "Số 1", PASSWORD.clone());
        assertTrue(assertThrows(ValidationFailure.class, () -> register(scriptName))
                .problems().containsKey("fullName"));
        CitizenRegistration sqlName = new CitizenRegistration("001090000405",
                "Robert'); DROP TABLE ACCOUNT;--", LocalDate.of(1990, 3, 3), "x1@example.com",
                "0912345678", "01", "00004", "Số 1", PASSWORD.clone());
        assertTrue(assertThrows(ValidationFailure.class, () -> register(sqlName))
                .problems().containsKey("fullName"));
        CitizenRegistration sqlId = new CitizenRegistration("' OR '1'='1", "Trần Văn Bình",
                LocalDate.of(1990, 3, 3), "x1@example.com", "0912345678", "01", "00004",
                "Số 1", PASSWORD.clone());
        assertTrue(assertThrows(ValidationFailure.class, () -> register(sqlId))
                .problems().containsKey("personalId"));
        assertEquals(SignInResult.Status.WRONG,
                signIn("' OR '1'='1", PASSWORD, NOW).result().status());
    }

    @Test
    void fiveFailuresLockForFifteenMinutesThenTheAccountUnlocksByItself() {
        Account account = register(citizen("001090000505", "lock@example.com"));
        verify(account);
        char[] wrong = "không đúng rồi".toCharArray();
        for (int i = 1; i <= 4; i++) {
            Authenticator.Attempt a = signIn("001090000505", wrong, NOW);
            assertEquals(SignInResult.Status.WRONG, a.result().status());
            assertEquals(i, a.failures());
        }
        Authenticator.Attempt fifth = signIn("001090000505", wrong, NOW);
        assertEquals(SignInResult.Status.LOCKED, fifth.result().status());
        assertTrue(fifth.lockedNow());
        assertEquals(15, fifth.result().minutesLeft());
        assertTrue(fifth.result().message().contains("15 phút"), fifth.result().message());

        Authenticator.Attempt rightButLocked = signIn("001090000505", PASSWORD,
                NOW.plus(Duration.ofMinutes(10)));
        assertEquals(SignInResult.Status.LOCKED, rightButLocked.result().status());
        assertEquals(5, rightButLocked.result().minutesLeft());
        assertFalse(rightButLocked.lockedNow());

        Authenticator.Attempt later = signIn("001090000505", PASSWORD,
                NOW.plus(Duration.ofMinutes(15)));
        assertEquals(SignInResult.Status.OK, later.result().status());
        assertTrue(later.unlockedNow());
        assertEquals(0, later.failures());
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        Account account = register(citizen("001090000606", "reset@example.com"));
        verify(account);
        char[] wrong = "không đúng rồi".toCharArray();
        for (int i = 0; i < 4; i++) {
            signIn("001090000606", wrong, NOW);
        }
        assertEquals(SignInResult.Status.OK,
                signIn("001090000606", PASSWORD, NOW).result().status());
        for (int i = 0; i < 4; i++) {
            assertEquals(SignInResult.Status.WRONG,
                    signIn("001090000606", wrong, NOW).result().status());
        }
    }

    @Test
    void fiftyWrongPasswordsLockOneAccountAndNoOther() {
        Account target = register(citizen("001090000707", "target@example.com"));
        Account bystander = register(citizen("001090000708", "bystander@example.com"));
        verify(target);
        verify(bystander);
        int locked = 0;
        for (int i = 0; i < 50; i++) {
            SignInResult r = signIn("001090000707", ("đoán thử " + i).toCharArray(),
                    NOW.plusSeconds(i)).result();
            assertNotEquals(SignInResult.Status.OK, r.status());
            if (r.status() == SignInResult.Status.LOCKED) {
                locked++;
            }
        }
        assertEquals(46, locked, "the fifth attempt locks and every later one is refused");
        int failures = db.inTransaction(em -> em.find(Account.class, target.getId())
                .getFailedSignIns());
        assertEquals(5, failures, "attempts during the lock are not counted");
        assertEquals(SignInResult.Status.OK,
                signIn("001090000708", PASSWORD, NOW.plusSeconds(60)).result().status());
        assertEquals(SignInResult.Status.LOCKED,
                signIn("001090000707", PASSWORD, NOW.plusSeconds(60)).result().status());
    }

    @Test
    void unknownLoginNamesAreWrongPasswordsAndDoNotFail() {
        assertEquals(SignInResult.Status.WRONG,
                signIn("khongco", PASSWORD, NOW).result().status());
        assertEquals(SignInResult.Status.WRONG, signIn("", PASSWORD, NOW).result().status());
        assertEquals(SignInResult.Status.WRONG, signIn(null, PASSWORD, NOW).result().status());
        assertEquals(SignInResult.Status.WRONG,
                signIn("001090000101", null, NOW).result().status());
        assertEquals(SignInResult.Status.WRONG,
                signIn("x".repeat(10_000), PASSWORD, NOW).result().status());
    }

    @Test
    void aWeakerStoredHashIsReplacedAtSignIn() {
        Account account = register(citizen("001090000808", "rehash@example.com"));
        verify(account);
        PasswordHasher stronger = new PasswordHasher(2_000);
        Authenticator.Attempt a = db.inTransaction(em -> new Authenticator(new AccountStore(em),
                stronger, LOCKOUT).signIn("001090000808", PASSWORD, NOW));
        assertEquals(SignInResult.Status.OK, a.result().status());
        String hash = db.inTransaction(em -> em.find(Account.class, account.getId())
                .getPasswordHash());
        assertTrue(hash.startsWith("pbkdf2-sha256$2000$"), hash);
        assertEquals(SignInResult.Status.OK,
                signIn("001090000808", PASSWORD, NOW).result().status());
    }

    @Test
    void aBusinessSignsInWithItsTaxCodeWrittenEitherWay() {
        BusinessRegistration form = new BusinessRegistration("0101234565001",
                "Công ty TNHH Hoa Sen (Chi nhánh Huế)", "Phạm Minh Châu", "hoasen@example.com",
                "+84 234 3822 123", "46", "19753", "Số 5 đường Lê Lợi", PASSWORD.clone());
        Account account = db.inTransaction(em -> new Registrar(new AccountStore(em), HASHER)
                .registerBusiness(form, NOW));
        assertEquals("0101234565-001", account.getLoginName());
        assertEquals("02343822123", account.getPhone());
        verify(account);
        SignInResult r = signIn("0101234565001", PASSWORD, NOW).result();
        assertEquals(SignInResult.Status.OK, r.status());
        assertEquals(Set.of(Roles.BUSINESS), r.account().roles());
        assertEquals(SignInResult.Status.OK,
                signIn("0101234565-001", PASSWORD, NOW).result().status());
    }

    @Test
    void aTokenWorksOnceBeforeItExpiresAndOnlyTheNewestOne() {
        Account account = register(citizen("001090000909", "token@example.com"));
        String first = db.inTransaction(em -> new OneTimeTokens(em).issue(
                em.find(Account.class, account.getId()), TokenPurpose.RESET_PASSWORD,
                OneTimeTokens.RESET_PASSWORD_VALIDITY, NOW));
        String second = db.inTransaction(em -> new OneTimeTokens(em).issue(
                em.find(Account.class, account.getId()), TokenPurpose.RESET_PASSWORD,
                OneTimeTokens.RESET_PASSWORD_VALIDITY, NOW.plusSeconds(1)));
        assertEquals(43, second.length());
        assertTrue(redeem(first, TokenPurpose.RESET_PASSWORD, NOW).isEmpty(), "retired");
        assertTrue(redeem(second, TokenPurpose.VERIFY_EMAIL, NOW).isEmpty(), "other purpose");
        assertTrue(redeem(second, TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofHours(2)))
                .isEmpty(), "expired");
        assertEquals(account.getId(),
                redeem(second, TokenPurpose.RESET_PASSWORD, NOW).orElseThrow().getId());
        assertTrue(redeem(second, TokenPurpose.RESET_PASSWORD, NOW).isEmpty(), "used");
        assertTrue(redeem("' OR 1=1 --", TokenPurpose.RESET_PASSWORD, NOW).isEmpty());
        assertTrue(redeem(null, TokenPurpose.RESET_PASSWORD, NOW).isEmpty());

        String stored = db.inTransaction(em -> em.createQuery(
                "SELECT t.tokenHash FROM OneTimeToken t WHERE t.account.id = :id"
                        + " ORDER BY t.createdAt DESC", String.class)
                .setParameter("id", account.getId()).setMaxResults(1).getSingleResult());
        assertNotEquals(second, stored, "only the hash is stored");
        assertEquals(OneTimeTokens.hash(second), stored);
    }

    private Optional<Account> redeem(String token, TokenPurpose purpose, Instant at) {
        return db.inTransaction(em -> new OneTimeTokens(em).redeem(token, purpose, at));
    }

    @Test
    void agencyAdministratorsManageOfficialsOfTheirOwnAgencyOnly() {
        long[] ids = db.inTransaction(em -> {
            OrgTree tree = new OrgTree(em);
            OrgUnit a = tree.createAgency("AGA", "Sở Xây dựng", null);
            OrgUnit aDept = tree.createDepartment(a.getId(), "aga-qln", "Phòng Quản lý nhà");
            OrgUnit b = tree.createAgency("AGB", "Sở Nội vụ", null);
            em.flush();
            return new long[] {a.getId(), aDept.getId(), b.getId()};
        });
        long agencyA = ids[0];
        long deptA = ids[1];
        long agencyB = ids[2];
        AgencyScope adminA = new AgencyScope("quantri.a", false, agencyA);
        AgencyScope system = new AgencyScope("admin", true, null);

        long inA = createOfficial("cv.a", deptA, Set.of(Roles.PROCESSOR), adminA);
        long inB = createOfficial("cv.b", agencyB, Set.of(Roles.PROCESSOR), system);
        createOfficial("quantri.a", agencyA, Set.of(Roles.AGENCY_ADMIN), system);
        Long agencyOfA = db.inTransaction(em -> new AccountStore(em)
                .summary(em.find(Account.class, inA)).agencyId());
        assertEquals(Long.valueOf(agencyA), agencyOfA);

        assertThrows(AccessDenied.class,
                () -> createOfficial("cv.b2", agencyB, Set.of(Roles.PROCESSOR), adminA));
        assertThrows(AccessDenied.class,
                () -> createOfficial("qt.he.thong", deptA, Set.of(Roles.SYSTEM_ADMIN), adminA));
        assertThrows(AccessDenied.class, () -> directory(d -> d.list(agencyB, adminA)));
        assertThrows(AccessDenied.class, () -> directory(d -> d.changeRoles(inB,
                Set.of(Roles.APPROVER), adminA)));
        assertThrows(AccessDenied.class, () -> directory(d -> d.disable(inB, adminA)));
        assertThrows(AccessDenied.class, () -> directory(d -> d.unlockable(inB, adminA)));

        List<String> listed = directory(d -> d.list(null, adminA)).stream()
                .map(p -> p.getAccount().getLoginName()).sorted().toList();
        assertEquals(List.of("cv.a", "quantri.a"), listed);
        assertEquals(3, directory(d -> d.list(null, system)).size()
                - otherOfficials(), "a system administrator sees every agency");

        int epoch = db.inTransaction(em -> em.find(Account.class, inA).getSessionEpoch());
        Set<String> before = directory(d -> d.changeRoles(inA,
                Set.of(Roles.PROCESSOR, Roles.APPROVER), adminA));
        assertEquals(Set.of(Roles.PROCESSOR), before);
        int after = db.inTransaction(em -> em.find(Account.class, inA).getSessionEpoch());
        assertEquals(epoch + 1, after, "new roles end the official's sessions");

        long self = db.inTransaction(em -> new AccountStore(em).byLoginName("quantri.a")
                .orElseThrow().getId());
        assertThrows(AccessDenied.class, () -> directory(d -> d.changeRoles(self,
                Set.of(Roles.PROCESSOR), adminA)));
        boolean disabled = directory(d -> d.disable(inA, adminA));
        assertTrue(disabled);
        boolean again = directory(d -> d.disable(inA, adminA));
        assertFalse(again, "already disabled");
        boolean bySystem = directory(d -> d.disable(inB, system));
        assertTrue(bySystem);
    }

    private int otherOfficials() {
        return db.inTransaction(em -> em.createQuery("SELECT COUNT(p) FROM OfficialPosting p"
                + " WHERE p.account.loginName NOT IN ('cv.a', 'cv.b', 'quantri.a')", Long.class)
                .getSingleResult()).intValue();
    }

    private long createOfficial(String login, long unitId, Set<String> roles,
            AgencyScope scope) {
        OfficialForm form = new OfficialForm(login, "Đỗ Thị Thu", login + "@example.org", null,
                unitId, roles, "mật khẩu ban đầu".toCharArray());
        return db.inTransaction(em -> new OfficialDirectory(new AccountStore(em), HASHER)
                .create(form, scope, NOW).getAccount().getId());
    }

    private <T> T directory(java.util.function.Function<OfficialDirectory, T> work) {
        return db.inTransaction(em -> work.apply(
                new OfficialDirectory(new AccountStore(em), HASHER)));
    }

    @Test
    void anOfficialSignsInWithRolesAndAgency() {
        long agency = db.inTransaction(em -> {
            OrgUnit unit = new OrgTree(em).createAgency("AGC", "Sở Tài chính", null);
            em.flush();
            return unit.getId();
        });
        createOfficial("lanhdao.c", agency, Set.of(Roles.APPROVER, Roles.AGENCY_ADMIN),
                new AgencyScope("admin", true, null));
        SignInResult r = signIn("LanhDao.C", "mật khẩu ban đầu".toCharArray(), NOW).result();
        assertEquals(SignInResult.Status.OK, r.status());
        assertEquals(Set.of(Roles.OFFICIAL, Roles.APPROVER, Roles.AGENCY_ADMIN),
                r.account().roles());
        assertEquals(agency, r.account().agencyId());
    }

    @Test
    void anOfficialWithoutPasswordCannotSignInYet() {
        OfficialForm form = new OfficialForm("chua.dat", "Ngô Văn Tùng", "tung@example.org",
                null, null, Set.of(Roles.SYSTEM_ADMIN), null);
        db.inTransaction(em -> new OfficialDirectory(new AccountStore(em), HASHER)
                .create(form, new AgencyScope("admin", true, null), NOW));
        assertEquals(SignInResult.Status.WRONG, signIn("chua.dat", new char[0], NOW)
                .result().status());
        assertEquals(SignInResult.Status.WRONG, signIn("chua.dat", "bất kỳ".toCharArray(), NOW)
                .result().status());
    }

    @Test
    void theNationalIdentityLinksByPersonalIdOnceAndBySubjectAfterwards() {
        Account account = register(citizen("001090001010", "vneid@example.com"));
        Optional<ExternalLinks.Outcome> first = db.inTransaction(em -> new ExternalLinks(
                new AccountStore(em)).resolve("https://sso.example.gov.vn", "sub-1",
                "001090001010", NOW));
        assertTrue(first.orElseThrow().linkedNow());
        assertEquals(account.getId(), first.get().account().getId());
        Optional<ExternalLinks.Outcome> again = db.inTransaction(em -> new ExternalLinks(
                new AccountStore(em)).resolve("https://sso.example.gov.vn", "sub-1", null, NOW));
        assertFalse(again.orElseThrow().linkedNow());
        assertEquals(account.getId(), again.get().account().getId());
        assertTrue(db.inTransaction(em -> new ExternalLinks(new AccountStore(em))
                .resolve("https://sso.example.gov.vn", "sub-2", "001090009999", NOW))
                .isEmpty(), "no account yet");
        assertTrue(db.inTransaction(em -> new ExternalLinks(new AccountStore(em))
                .resolve("https://sso.example.gov.vn", "sub-3", "12", NOW)).isEmpty());
    }

    @Test
    void aProfileEditChangesWhatTheKindAllowsAndReportsIt() {
        Account account = register(citizen("001090001111", "profile@example.com"));
        List<String> changed = db.inTransaction(em -> new ProfileEditor(new AccountStore(em))
                .apply(em.find(Account.class, account.getId()), new ProfileEdit(
                        "Nguyễn Văn  An", LocalDate.of(1990, 6, 1), "0987654321", "ignored",
                        "46", "19753", "Số 9 Lê Lợi"), TODAY));
        assertEquals(List.of("phone", "dateOfBirth", "address"), changed);
        Account stored = db.inTransaction(em -> em.find(Account.class, account.getId()));
        assertEquals("19753", stored.getAddress().getCommuneCode());
        assertNull(stored.getBusiness());

        ValidationFailure e = assertThrows(ValidationFailure.class, () -> db.inTransaction(
                em -> new ProfileEditor(new AccountStore(em)).apply(
                        em.find(Account.class, account.getId()), new ProfileEdit(
                                "<b>An</b>", LocalDate.of(1991, 1, 1), "12", null, "46",
                                "00004", ""), TODAY)));
        assertEquals(List.of("displayName", "dateOfBirth", "phone", "communeCode", "street"),
                List.copyOf(e.problems().keySet()));
        assertTrue(e.problem("communeCode").contains("không thuộc Thành phố Huế"));
    }

    @Test
    void theOrganisationTreeListsEachAgencyFollowedByItsUnits() {
        db.run(em -> {
            OrgTree tree = new OrgTree(em);
            OrgUnit z = tree.createAgency("ZZ", "Ủy ban nhân dân tỉnh", null);
            tree.createDepartment(z.getId(), "ZZ-VP", "Văn phòng");
            ValidationFailure dup = assertThrows(ValidationFailure.class,
                    () -> tree.createAgency("zz", "Khác", null));
            assertTrue(dup.problem("code").contains("đã được dùng"));
            assertThrows(ValidationFailure.class, () -> tree.createAgency("Ô", "", 999L));
        });
        List<OrgUnit> within = db.inTransaction(em -> {
            long id = em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                    .setParameter("code", "ZZ").getSingleResult().getId();
            return new OrgTree(em).within(id);
        });
        assertEquals(List.of("ZZ", "ZZ-VP"), within.stream().map(OrgUnit::getCode).toList());
        assertEquals(within.get(0).getId(), within.get(1).agency().getId());
    }

    @Test
    void postingsKeepTheirRoles() {
        db.run(em -> {
            Account a = Account.official("vaitro", "Hồ Thị Yến", "yen@example.org", null, null,
                    NOW);
            em.persist(a);
            em.persist(new OfficialPosting(a, null, Set.of(Roles.RECEIVER, Roles.PROCESSOR)));
        });
        Set<String> roles = db.inTransaction(em -> new AccountStore(em)
                .roles(new AccountStore(em).byLoginName("vaitro").orElseThrow()));
        assertEquals(Set.of(Roles.OFFICIAL, Roles.RECEIVER, Roles.PROCESSOR), roles);
    }
}
