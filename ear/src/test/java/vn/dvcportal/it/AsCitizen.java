package vn.dvcportal.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Calls business methods as a citizen would: in the role citizen, under the login name that
 * AccountsIT's jboss-ejb3.xml gives it.
 */
@Stateless
@RunAs("citizen")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsCitizen {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
