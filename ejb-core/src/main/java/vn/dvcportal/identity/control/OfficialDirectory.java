package vn.dvcportal.identity.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.AccountKind;
import vn.dvcportal.identity.entity.OfficialPosting;
import vn.dvcportal.identity.entity.OrgUnit;
import vn.dvcportal.identity.entity.Roles;

/**
 * Officials' accounts as administrators manage them, within the caller's {@link AgencyScope}:
 * an agency administrator reaches only officials posted in their agency, may not grant the
 * system administrator's role nor touch a system administrator, and no administrator changes
 * their own roles or disables themselves.
 */
public class OfficialDirectory {

    static final String NO_SUCH_OFFICIAL = "Không tìm thấy tài khoản cán bộ này.";
    static final String NOT_GRANTABLE =
            "Quản trị cơ quan không được cấp hoặc thu hồi vai trò quản trị hệ thống.";
    static final String SYSTEM_ADMIN_ONLY =
            "Chỉ quản trị hệ thống được thay đổi tài khoản quản trị hệ thống.";
    static final String NOT_ONESELF =
            "Bạn không thể tự thay đổi vai trò hoặc vô hiệu hóa tài khoản của chính mình.";

    private final AccountStore store;
    private final PasswordHasher hasher;

    public OfficialDirectory(AccountStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /**
     * Creates the account and its posting. Without an initial password in the form, the
     * account has none until the official follows the link the caller mails.
     *
     * @throws ValidationFailure for a form at fault, a taken login name or address
     * @throws AccessDenied      for a unit or a role outside the caller's reach
     */
    public OfficialPosting create(OfficialForm form, AgencyScope scope, Instant now) {
        OfficialForm f = form.cleaned();
        Map<String, String> problems = f.problems();
        OrgUnit unit = null;
        if (f.unitId() != null) {
            unit = store.em().find(OrgUnit.class, f.unitId());
            if (unit == null) {
                problems.putIfAbsent("unitId", "Đơn vị công tác không tồn tại.");
            }
        } else if (!scope.systemAdmin()) {
            problems.putIfAbsent("unitId", "Đơn vị công tác không được để trống.");
        }
        if (!problems.containsKey("loginName")
                && store.byLoginName(f.loginName()).isPresent()) {
            problems.put("loginName", FieldRules.LOGIN_NAME + " này đã có người dùng.");
        }
        if (!problems.containsKey("email") && store.byEmail(f.email()).isPresent()) {
            problems.put("email", FieldRules.EMAIL + " này đã được dùng cho một tài khoản khác.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(Registrar.ordered(problems, List.of("loginName",
                    "fullName", "email", "phone", "unitId", "roles", "initialPassword")));
        }
        scope.require(unit == null ? null : unit.agency().getId());
        requireGrantable(f.roles(), scope);
        boolean withPassword = f.initialPassword() != null && f.initialPassword().length > 0;
        Account account = Account.official(f.loginName(), f.fullName(), f.email(),
                FieldRules.blank(f.phone()) ? null : f.phone(),
                withPassword ? hasher.hash(f.initialPassword()) : null, now);
        store.em().persist(account);
        OfficialPosting posting = new OfficialPosting(account, unit, f.roles());
        store.em().persist(posting);
        return posting;
    }

    /**
     * Officials of one agency, or of every agency when {@code agencyId} is null and the caller
     * is a system administrator; an agency administrator's null means their own agency.
     */
    public List<OfficialPosting> list(Long agencyId, AgencyScope scope) {
        Long agency = agencyId == null && !scope.systemAdmin() ? scope.agencyId() : agencyId;
        if (agency == null) {
            scope.require(null);
            return store.em().createNamedQuery(OfficialPosting.ALL, OfficialPosting.class)
                    .getResultList();
        }
        scope.require(agency);
        return store.em().createNamedQuery(OfficialPosting.IN_AGENCY, OfficialPosting.class)
                .setParameter("agencyId", agency)
                .getResultList();
    }

    /**
     * Replaces an official's roles and ends their sessions, so the new roles apply at their
     * next sign-in.
     *
     * @return the roles held before
     */
    public Set<String> changeRoles(long accountId, Set<String> roles, AgencyScope scope) {
        String problem = OfficialForm.rolesProblem(roles);
        if (problem != null) {
            throw ValidationFailure.of("roles", problem);
        }
        OfficialPosting posting = manageable(accountId, scope, true);
        Set<String> before = Set.copyOf(posting.getRoles());
        if (!scope.systemAdmin()) {
            requireGrantable(roles, scope);
        }
        if (!before.equals(roles)) {
            posting.setRoles(roles);
            store.locked(posting.getAccount()).endAllSessions();
        }
        return before;
    }

    /**
     * Disables an official's account and ends their sessions.
     *
     * @return whether it was enabled before
     */
    public boolean disable(long accountId, AgencyScope scope) {
        Account account = store.locked(manageable(accountId, scope, true).getAccount());
        if (!account.isEnabled()) {
            return false;
        }
        account.setEnabled(false);
        account.endAllSessions();
        return true;
    }

    /**
     * The account an administrator may unlock: any account for a system administrator, an
     * official of their agency for an agency administrator.
     */
    public Account unlockable(long accountId, AgencyScope scope) {
        if (scope.systemAdmin()) {
            return store.byId(accountId).map(store::locked)
                    .orElseThrow(() -> ValidationFailure.of("accountId", NO_SUCH_OFFICIAL));
        }
        return store.locked(manageable(accountId, scope, false).getAccount());
    }

    /**
     * The posting of an official the caller may manage.
     *
     * @param notOneself whether acting on one's own account is refused
     */
    OfficialPosting manageable(long accountId, AgencyScope scope, boolean notOneself) {
        Account account = store.byId(accountId)
                .filter(a -> a.getKind() == AccountKind.OFFICIAL)
                .orElseThrow(() -> ValidationFailure.of("accountId", NO_SUCH_OFFICIAL));
        OfficialPosting posting = store.postingOf(account)
                .orElseThrow(() -> ValidationFailure.of("accountId", NO_SUCH_OFFICIAL));
        scope.require(posting.getAgency() == null ? null : posting.getAgency().getId());
        if (!scope.systemAdmin() && posting.getRoles().contains(Roles.SYSTEM_ADMIN)) {
            throw new AccessDenied(SYSTEM_ADMIN_ONLY);
        }
        if (notOneself && account.getLoginName().equals(scope.loginName())) {
            throw new AccessDenied(NOT_ONESELF);
        }
        return posting;
    }

    private static void requireGrantable(Set<String> roles, AgencyScope scope) {
        if (!scope.systemAdmin() && !Roles.AGENCY_GRANTABLE.containsAll(roles)) {
            throw new AccessDenied(NOT_GRANTABLE);
        }
    }
}
