package vn.dvcportal.identity.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a user may change in their own profile. The login name (personal identification number,
 * tax code) and the e-mail address are not among it. Fields that do not apply to the kind of
 * account are ignored: the date of birth is a citizen's, the legal representative a business's,
 * the address is not an official's.
 *
 * @param displayName         full name, or the business's name
 * @param dateOfBirth         citizens: must fall in the year their number encodes
 * @param phone               required for citizens and businesses, optional for officials
 * @param legalRepresentative businesses only
 * @param provinceCode        citizens and businesses
 * @param communeCode         citizens and businesses
 * @param street              citizens and businesses
 */
public record ProfileEdit(String displayName, LocalDate dateOfBirth, String phone,
        String legalRepresentative, String provinceCode, String communeCode, String street)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The same edit as it is checked and stored: NFC, trimmed, phone as digits. */
    public ProfileEdit cleaned() {
        return new ProfileEdit(FieldRules.clean(displayName), dateOfBirth,
                FieldRules.cleanPhone(phone), FieldRules.clean(legalRepresentative),
                FieldRules.clean(provinceCode), FieldRules.clean(communeCode),
                FieldRules.clean(street));
    }
}
