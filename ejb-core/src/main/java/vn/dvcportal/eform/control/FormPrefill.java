package vn.dvcportal.eform.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.dvcportal.identity.control.ProfileView;

/** The values an e-form starts with, taken from the applicant's profile so nobody types twice. */
public final class FormPrefill {

    private static final Map<String, Function<ProfileView, Object>> SOURCES = Map.ofEntries(
            Map.entry("profile.fullName", ProfileView::displayName),
            Map.entry("profile.personalId", ProfileView::personalId),
            Map.entry("profile.taxCode", ProfileView::taxCode),
            Map.entry("profile.identifier",
                    p -> p.personalId() != null ? p.personalId() : p.taxCode()),
            Map.entry("profile.legalRepresentative", ProfileView::legalRepresentative),
            Map.entry("profile.phone", ProfileView::phone),
            Map.entry("profile.email", ProfileView::email),
            Map.entry("profile.birthDate", ProfileView::dateOfBirth),
            Map.entry("profile.provinceCode", ProfileView::provinceCode),
            Map.entry("profile.communeCode", ProfileView::communeCode),
            Map.entry("profile.street", ProfileView::street));

    private FormPrefill() {
    }

    /** Field key to initial value, for the fields that name a known source that has a value. */
    public static Map<String, String> prefill(FormSchema schema, ProfileView profile) {
        Map<String, String> values = new LinkedHashMap<>();
        if (profile == null) {
            return values;
        }
        for (FormField field : schema.fields()) {
            Function<ProfileView, Object> source =
                    field.prefill() == null ? null : SOURCES.get(field.prefill());
            Object value = source == null ? null : source.apply(profile);
            if (value != null && !value.toString().isBlank()) {
                values.put(field.key(), value.toString());
            }
        }
        return values;
    }

    /** True when the name is a source this class knows; used to check definitions. */
    public static boolean known(String prefill) {
        return SOURCES.containsKey(prefill);
    }
}
