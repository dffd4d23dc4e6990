package vn.dvcportal.numbering.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.numbering.control.DossierCodePattern;

/**
 * The pattern of dossier codes, read once when the portal starts: a pattern that cannot give
 * unique codes stops the deployment with a message naming the setting, rather than failing at
 * the first dossier.
 */
@Singleton
@Startup
// The pattern is set once before any call and never changed, so reads need no lock.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class DossierCodeSettings {

    private static final Logger LOG = Logger.getLogger(DossierCodeSettings.class.getName());

    private volatile DossierCodePattern pattern;

    @PostConstruct
    void read() {
        pattern = DossierCodePattern.configured();
        LOG.log(Level.INFO, "Dossier codes follow the pattern {0}", pattern.pattern());
    }

    public DossierCodePattern pattern() {
        return pattern;
    }
}
