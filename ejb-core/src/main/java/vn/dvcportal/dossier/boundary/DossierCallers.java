package vn.dvcportal.dossier.boundary;

import jakarta.ejb.SessionContext;
import java.util.Optional;
import vn.dvcportal.dossier.control.Actor;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.AccountKind;
import vn.dvcportal.identity.entity.OfficialPosting;
import vn.dvcportal.identity.entity.OrgUnit;

/** The caller of a business method as the dossier rules see them. */
final class DossierCallers {

    static final String UNKNOWN = "Không tìm thấy tài khoản đang đăng nhập. Vui lòng đăng nhập"
            + " lại.";

    private DossierCallers() {
    }

    static Optional<Account> account(SessionContext ctx, AccountStore store) {
        return store.byLoginName(ctx.getCallerPrincipal().getName())
                .filter(Account::isEnabled);
    }

    static Account requireAccount(SessionContext ctx, AccountStore store) {
        return account(ctx, store).orElseThrow(() -> new AccessDenied(UNKNOWN));
    }

    static Actor actor(AccountStore store, Account account) {
        Optional<OfficialPosting> posting = account.getKind() == AccountKind.OFFICIAL
                ? store.postingOf(account) : Optional.empty();
        OrgUnit unit = posting.map(OfficialPosting::getUnit).orElse(null);
        OrgUnit agency = posting.map(OfficialPosting::getAgency).orElse(null);
        return new Actor(account.getLoginName(), account.getDisplayName(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.getName(),
                agency == null ? null : agency.getId(), store.roles(account));
    }

    static Actor actor(SessionContext ctx, AccountStore store) {
        return actor(store, requireAccount(ctx, store));
    }
}
