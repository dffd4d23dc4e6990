package vn.dvcportal.identity.boundary;

import jakarta.ejb.SessionContext;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.control.AgencyScope;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.Roles;

/** The caller of a business method as an account. The principal's name is the login name. */
final class Callers {

    static final String UNKNOWN = "Không tìm thấy tài khoản đang đăng nhập. Vui lòng đăng nhập"
            + " lại.";

    private Callers() {
    }

    static String loginName(SessionContext ctx) {
        return ctx.getCallerPrincipal().getName();
    }

    /** The caller's account, locked for update when asked. */
    static Account account(SessionContext ctx, AccountStore store, boolean lock) {
        Account account = store.byLoginName(loginName(ctx))
                .orElseThrow(() -> new AccessDenied(UNKNOWN));
        return lock ? store.locked(account) : account;
    }

    /** How far the caller's authority reaches, from their role and their posting. */
    static AgencyScope scope(SessionContext ctx, AccountStore store) {
        String login = loginName(ctx);
        Long agencyId = store.byLoginName(login).map(store::agencyId).orElse(null);
        return new AgencyScope(login, ctx.isCallerInRole(Roles.SYSTEM_ADMIN), agencyId);
    }
}
