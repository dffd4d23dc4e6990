package vn.dvcportal.it;

import java.time.Duration;
import java.util.List;
import vn.dvcportal.division.boundary.AdministrativeUnits;
import vn.dvcportal.division.entity.AdministrativeUnit;
import vn.dvcportal.division.entity.UnitEra;

/** What the account tests share: the portal's addresses, the password, a real address. */
final class TestAccounts {

    /** Where the test server listens; the links in mails lead there. */
    static final String PORTAL = "http://localhost:8180";
    static final String VERIFY = PORTAL + "/xac-thuc-email";
    static final String RESET = PORTAL + "/dat-lai-mat-khau";
    static final String PASSWORD = "Mat-khau-thu-2025";
    static final String CLIENT = "127.0.0.1";
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private TestAccounts() {
    }

    /**
     * A province and one of its communes in force since July 2025, or well-formed codes when
     * the server has not loaded the lists.
     */
    static String[] place(AdministrativeUnits units) {
        List<AdministrativeUnit> provinces = units.provinces(UnitEra.CURRENT);
        for (AdministrativeUnit province : provinces) {
            List<AdministrativeUnit> communes = units.children(province.getId());
            if (!communes.isEmpty()) {
                return new String[] {province.getCode(), communes.get(0).getCode()};
            }
        }
        return new String[] {"01", "00004"};
    }

    /** The token of a mailed link. */
    static String token(String link) {
        return link.substring(link.indexOf("?token=") + "?token=".length());
    }
}
