package vn.dvcportal.identity.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a citizen types to register. Field names are the keys of
 * {@link ValidationFailure#problems()}.
 *
 * @param personalId   the 12-digit personal identification number, the future login name
 * @param fullName     as on the identity card, at most 100 characters
 * @param dateOfBirth  must fall in the year the personal identification number encodes
 * @param email        where the verification link goes
 * @param phone        10 or 11 digits, starting with 0 or +84
 * @param provinceCode two digits, of the provinces in force since 1 July 2025
 * @param communeCode  five digits, a commune of that province
 * @param street       house number, street, hamlet: free text up to 200 characters
 * @param password     at least 8 characters; the caller may wipe the array afterwards
 */
public record CitizenRegistration(String personalId, String fullName, LocalDate dateOfBirth,
        String email, String phone, String provinceCode, String communeCode, String street,
        char[] password) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The same form in the form it is checked and stored: NFC, trimmed, codes cleaned. */
    public CitizenRegistration cleaned() {
        String id = personalId == null ? null : personalId.replaceAll("[\\s\\u00a0]", "");
        return new CitizenRegistration(id, FieldRules.clean(fullName), dateOfBirth,
                FieldRules.cleanEmail(email), FieldRules.cleanPhone(phone),
                FieldRules.clean(provinceCode), FieldRules.clean(communeCode),
                FieldRules.clean(street), password);
    }

    /**
     * What is wrong with the cleaned form, field by field, in form order; empty when the form
     * may be stored as far as its own content goes (uniqueness and the address lists are
     * checked against the database).
     */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        String idProblem = PersonalIdNumber.problem(personalId, Year.from(today));
        put(problems, "personalId", idProblem);
        put(problems, "fullName", FieldRules.personName(FieldRules.FULL_NAME, fullName));
        int birthYear = idProblem == null ? PersonalIdNumber.parse(personalId, Year.from(today))
                .birthYear() : 0;
        put(problems, "dateOfBirth", FieldRules.dateOfBirth(dateOfBirth, today, birthYear));
        put(problems, "email", FieldRules.email(email));
        put(problems, "phone", FieldRules.phone(phone, true));
        put(problems, "provinceCode", FieldRules.provinceCode(provinceCode));
        put(problems, "communeCode", FieldRules.communeCode(communeCode));
        put(problems, "street", FieldRules.street(street));
        put(problems, "password", PasswordPolicy.problem(password, personalId));
        return problems;
    }

    /** Leaves the password out, so that a log line or a debugger never shows it. */
    @Override
    public String toString() {
        return "CitizenRegistration[" + personalId + ", " + fullName + ", " + email + "]";
    }

    static void put(Map<String, String> problems, String field, String problem) {
        if (problem != null) {
            problems.putIfAbsent(field, problem);
        }
    }
}
