package vn.dvcportal.identity.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a business or organisation types to register. Field names are the keys of
 * {@link ValidationFailure#problems()}.
 *
 * @param taxCode             10 digits, or 13 for a dependent unit; the future login name
 * @param name                the registered name, at most 200 characters
 * @param legalRepresentative a person's name, at most 100 characters
 * @param email               where the verification link goes
 * @param phone               10 or 11 digits, starting with 0 or +84
 * @param provinceCode        two digits, of the provinces in force since 1 July 2025
 * @param communeCode         five digits, a commune of that province
 * @param street              house number, street: free text up to 200 characters
 * @param password            at least 8 characters; the caller may wipe the array afterwards
 */
public record BusinessRegistration(String taxCode, String name, String legalRepresentative,
        String email, String phone, String provinceCode, String communeCode, String street,
        char[] password) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The same form as it is checked and stored; the tax code in its written form if valid. */
    public BusinessRegistration cleaned() {
        String code = taxCode == null ? null : taxCode.replaceAll("[\\s\\u00a0]", "");
        if (TaxCode.isValid(code)) {
            code = TaxCode.parse(code).toString();
        }
        return new BusinessRegistration(code, FieldRules.clean(name),
                FieldRules.clean(legalRepresentative), FieldRules.cleanEmail(email),
                FieldRules.cleanPhone(phone), FieldRules.clean(provinceCode),
                FieldRules.clean(communeCode), FieldRules.clean(street), password);
    }

    /** What is wrong with the cleaned form, field by field, in form order. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        CitizenRegistration.put(problems, "taxCode", TaxCode.problem(taxCode));
        CitizenRegistration.put(problems, "name",
                FieldRules.organisationName(FieldRules.ORGANISATION_NAME, name));
        CitizenRegistration.put(problems, "legalRepresentative",
                FieldRules.personName(FieldRules.LEGAL_REPRESENTATIVE, legalRepresentative));
        CitizenRegistration.put(problems, "email", FieldRules.email(email));
        CitizenRegistration.put(problems, "phone", FieldRules.phone(phone, true));
        CitizenRegistration.put(problems, "provinceCode", FieldRules.provinceCode(provinceCode));
        CitizenRegistration.put(problems, "communeCode", FieldRules.communeCode(communeCode));
        CitizenRegistration.put(problems, "street", FieldRules.street(street));
        // A password holding the business's own ten digits is refused, branch or not.
        String digits = taxCode == null ? null : taxCode.replace("-", "");
        CitizenRegistration.put(problems, "password", PasswordPolicy.problem(password,
                digits == null || digits.length() < 10 ? digits : digits.substring(0, 10)));
        return problems;
    }

    /** Leaves the password out, so that a log line or a debugger never shows it. */
    @Override
    public String toString() {
        return "BusinessRegistration[" + taxCode + ", " + name + ", " + email + "]";
    }
}
