package vn.dvcportal.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Calls business methods in the administrator role, as a signed-in administrator would. */
@Stateless
@RunAs("admin")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAdministrator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
