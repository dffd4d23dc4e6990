package vn.dvcportal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.control.ProfileEdit;
import vn.dvcportal.identity.control.ProfileEditor;
import vn.dvcportal.identity.control.ProfileView;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.control.Views;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.Roles;

/** The caller's own profile: reading it and editing what they may. Nobody else's. */
@Stateless
public class Profiles {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @EJB
    AuditTrail audit;

    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS, Roles.OFFICIAL})
    public ProfileView mine() {
        AccountStore store = new AccountStore(em);
        return view(store, Callers.account(ctx, store, false));
    }

    /**
     * Applies the edit to the caller's profile.
     *
     * @return the profile as stored now
     * @throws ValidationFailure listing every field at fault; nothing is changed
     */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS, Roles.OFFICIAL})
    public ProfileView update(ProfileEdit edit) {
        if (edit == null) {
            throw ValidationFailure.of("displayName", "Không có thông tin để cập nhật.");
        }
        AccountStore store = new AccountStore(em);
        Account account = Callers.account(ctx, store, true);
        List<String> changed = new ProfileEditor(store)
                .apply(account, edit, LocalDate.now(VIETNAM));
        if (!changed.isEmpty()) {
            audit.record(AuditEventType.PROFILE_CHANGED, account.getLoginName(),
                    account.getLoginName(), null, "Đã sửa: " + String.join(", ", changed));
        }
        return view(store, account);
    }

    private static ProfileView view(AccountStore store, Account account) {
        return Views.profile(account, store.roles(account), store.postingOf(account));
    }
}
