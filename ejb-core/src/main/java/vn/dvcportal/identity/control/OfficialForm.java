package vn.dvcportal.identity.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dvcportal.identity.entity.Roles;

/**
 * What an administrator types to create an official's account.
 *
 * @param loginName       3 to 50 characters: lower-case letters without marks, digits, . _ -
 * @param fullName        at most 100 characters
 * @param email           required: the link to set the first password goes there
 * @param phone           optional
 * @param unitId          the organisation unit (agency or department) the official works in;
 *                        only a system administrator may leave it empty
 * @param roles           posting roles, at least one, from {@link Roles#POSTING_ROLES}
 * @param initialPassword optional: when given, no link is mailed and the official signs in
 *                        with it at once
 */
public record OfficialForm(String loginName, String fullName, String email, String phone,
        Long unitId, Set<String> roles, char[] initialPassword) implements Serializable {

    private static final long serialVersionUID = 1L;

    public OfficialForm cleaned() {
        String login = FieldRules.clean(loginName);
        return new OfficialForm(login == null ? null : login.toLowerCase(Locale.ROOT),
                FieldRules.clean(fullName), FieldRules.cleanEmail(email),
                FieldRules.cleanPhone(phone), unitId, roles == null ? Set.of() : Set.copyOf(roles),
                initialPassword);
    }

    /** What is wrong with the cleaned form in itself, field by field. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        CitizenRegistration.put(problems, "loginName", FieldRules.officialLoginName(loginName));
        CitizenRegistration.put(problems, "fullName",
                FieldRules.personName(FieldRules.FULL_NAME, fullName));
        CitizenRegistration.put(problems, "email", FieldRules.email(email));
        CitizenRegistration.put(problems, "phone", FieldRules.phone(phone, false));
        CitizenRegistration.put(problems, "roles", rolesProblem(roles));
        if (initialPassword != null && initialPassword.length > 0) {
            CitizenRegistration.put(problems, "initialPassword",
                    PasswordPolicy.problem(initialPassword, loginName));
        }
        return problems;
    }

    static String rolesProblem(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return "Vai trò: cần chọn ít nhất một vai trò.";
        }
        if (!Roles.POSTING_ROLES.containsAll(roles)) {
            return "Vai trò không hợp lệ.";
        }
        return null;
    }

    /** Leaves the password out, so that a log line or a debugger never shows it. */
    @Override
    public String toString() {
        return "OfficialForm[" + loginName + ", " + fullName + ", " + unitId + ", " + roles + "]";
    }
}
