package vn.dvcportal.identity.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.Address;
import vn.dvcportal.identity.entity.BusinessProfile;
import vn.dvcportal.identity.entity.CitizenProfile;

/**
 * Checks a registration form in full (its own content, the address against the unit lists,
 * login name and e-mail address not yet taken) and stores the new account, unverified.
 */
public class Registrar {

    private static final List<String> CITIZEN_FIELDS = List.of("personalId", "fullName",
            "dateOfBirth", "email", "phone", "provinceCode", "communeCode", "street",
            "password");
    private static final List<String> BUSINESS_FIELDS = List.of("taxCode", "name",
            "legalRepresentative", "email", "phone", "provinceCode", "communeCode", "street",
            "password");

    private final AccountStore store;
    private final PasswordHasher hasher;

    public Registrar(AccountStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /**
     * @throws ValidationFailure listing every field at fault
     */
    public Account registerCitizen(CitizenRegistration form, LocalDate today, Instant now) {
        CitizenRegistration f = form.cleaned();
        Map<String, String> problems = f.problems(today);
        checkAddress(problems, f.provinceCode(), f.communeCode());
        if (!problems.containsKey("personalId") && (store.byLoginName(f.personalId()).isPresent()
                || store.byPersonalId(f.personalId()).isPresent())) {
            problems.put("personalId", PersonalIdNumber.LABEL + " này đã được đăng ký. Nếu đó"
                    + " là bạn, hãy đăng nhập hoặc dùng chức năng quên mật khẩu.");
        }
        checkEmailFree(problems, f.email());
        if (!problems.isEmpty()) {
            throw new ValidationFailure(ordered(problems, CITIZEN_FIELDS));
        }
        Account account = Account.citizen(new CitizenProfile(f.personalId(), f.dateOfBirth()),
                f.fullName(), f.email(), f.phone(),
                new Address(f.provinceCode(), f.communeCode(), f.street()),
                hasher.hash(f.password()), now);
        store.em().persist(account);
        return account;
    }

    /**
     * @throws ValidationFailure listing every field at fault
     */
    public Account registerBusiness(BusinessRegistration form, Instant now) {
        BusinessRegistration f = form.cleaned();
        Map<String, String> problems = f.problems();
        checkAddress(problems, f.provinceCode(), f.communeCode());
        if (!problems.containsKey("taxCode") && store.byLoginName(f.taxCode()).isPresent()) {
            problems.put("taxCode", TaxCode.LABEL + " này đã được đăng ký. Nếu đó là doanh"
                    + " nghiệp của bạn, hãy đăng nhập hoặc dùng chức năng quên mật khẩu.");
        }
        checkEmailFree(problems, f.email());
        if (!problems.isEmpty()) {
            throw new ValidationFailure(ordered(problems, BUSINESS_FIELDS));
        }
        Account account = Account.business(
                new BusinessProfile(f.taxCode(), f.legalRepresentative()), f.name(), f.email(),
                f.phone(), new Address(f.provinceCode(), f.communeCode(), f.street()),
                hasher.hash(f.password()), now);
        store.em().persist(account);
        return account;
    }

    void checkAddress(Map<String, String> problems, String provinceCode, String communeCode) {
        if (!problems.containsKey("provinceCode") && !problems.containsKey("communeCode")) {
            new AddressBook(store.em()).problems(provinceCode, communeCode)
                    .forEach(problems::putIfAbsent);
        }
    }

    void checkEmailFree(Map<String, String> problems, String email) {
        if (!problems.containsKey("email") && store.byEmail(email).isPresent()) {
            problems.put("email", FieldRules.EMAIL + " này đã được dùng cho một tài khoản"
                    + " khác.");
        }
    }

    /** The problems in the order of the form's fields, so pages list them top to bottom. */
    static Map<String, String> ordered(Map<String, String> problems, List<String> fields) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : fields) {
            if (problems.containsKey(field)) {
                ordered.put(field, problems.get(field));
            }
        }
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
