package vn.dvcportal.identity.control;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.AccountKind;
import vn.dvcportal.identity.entity.Address;
import vn.dvcportal.identity.entity.BusinessProfile;
import vn.dvcportal.identity.entity.CitizenProfile;

/** Checks a user's edit of their own profile against the rules of their kind and applies it. */
public class ProfileEditor {

    private static final List<String> FIELDS = List.of("displayName", "dateOfBirth", "phone",
            "legalRepresentative", "provinceCode", "communeCode", "street");

    private final AccountStore store;

    public ProfileEditor(AccountStore store) {
        this.store = store;
    }

    /**
     * Applies the edit to the account.
     *
     * @return the names of the fields that changed, for the audit trail; empty when none did
     * @throws ValidationFailure listing every field at fault; the account is then untouched
     */
    public List<String> apply(Account account, ProfileEdit edit, LocalDate today) {
        ProfileEdit e = edit.cleaned();
        Map<String, String> problems = problems(account, e, today);
        if (account.getKind() != AccountKind.OFFICIAL && !problems.containsKey("provinceCode")
                && !problems.containsKey("communeCode")) {
            new AddressBook(store.em()).problems(e.provinceCode(), e.communeCode())
                    .forEach(problems::putIfAbsent);
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(Registrar.ordered(problems, FIELDS));
        }
        List<String> changed = new ArrayList<>();
        if (!e.displayName().equals(account.getDisplayName())) {
            account.setDisplayName(e.displayName());
            changed.add("displayName");
        }
        String phone = FieldRules.blank(e.phone()) ? null : e.phone();
        if (!Objects.equals(phone, account.getPhone())) {
            account.setPhone(phone);
            changed.add("phone");
        }
        if (account.getKind() == AccountKind.OFFICIAL) {
            return changed;
        }
        if (account.getKind() == AccountKind.CITIZEN
                && !e.dateOfBirth().equals(account.getCitizen().getDateOfBirth())) {
            account.setCitizen(new CitizenProfile(account.getCitizen().getPersonalId(),
                    e.dateOfBirth()));
            changed.add("dateOfBirth");
        }
        if (account.getKind() == AccountKind.BUSINESS && !e.legalRepresentative()
                .equals(account.getBusiness().getLegalRepresentative())) {
            account.setBusiness(new BusinessProfile(account.getBusiness().getTaxCode(),
                    e.legalRepresentative()));
            changed.add("legalRepresentative");
        }
        Address address = new Address(e.provinceCode(), e.communeCode(), e.street());
        if (!address.equals(account.getAddress())) {
            account.setAddress(address);
            changed.add("address");
        }
        return changed;
    }

    /** What is wrong with the cleaned edit for that account, in form order. */
    static Map<String, String> problems(Account account, ProfileEdit e, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        switch (account.getKind()) {
            case CITIZEN: {
                CitizenRegistration.put(problems, "displayName",
                        FieldRules.personName(FieldRules.FULL_NAME, e.displayName()));
                int birthYear = PersonalIdNumber.parse(account.getCitizen().getPersonalId(),
                        Year.from(today)).birthYear();
                CitizenRegistration.put(problems, "dateOfBirth",
                        FieldRules.dateOfBirth(e.dateOfBirth(), today, birthYear));
                CitizenRegistration.put(problems, "phone", FieldRules.phone(e.phone(), true));
                break;
            }
            case BUSINESS:
                CitizenRegistration.put(problems, "displayName", FieldRules.organisationName(
                        FieldRules.ORGANISATION_NAME, e.displayName()));
                CitizenRegistration.put(problems, "phone", FieldRules.phone(e.phone(), true));
                CitizenRegistration.put(problems, "legalRepresentative", FieldRules.personName(
                        FieldRules.LEGAL_REPRESENTATIVE, e.legalRepresentative()));
                break;
            default:
                CitizenRegistration.put(problems, "displayName",
                        FieldRules.personName(FieldRules.FULL_NAME, e.displayName()));
                CitizenRegistration.put(problems, "phone", FieldRules.phone(e.phone(), false));
                return problems;
        }
        CitizenRegistration.put(problems, "provinceCode",
                FieldRules.provinceCode(e.provinceCode()));
        CitizenRegistration.put(problems, "communeCode", FieldRules.communeCode(e.communeCode()));
        CitizenRegistration.put(problems, "street", FieldRules.street(e.street()));
        return problems;
    }
}
