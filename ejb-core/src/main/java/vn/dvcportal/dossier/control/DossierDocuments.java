package vn.dvcportal.dossier.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.dvcportal.catalog.entity.RequiredDocument;
import vn.dvcportal.text.control.TextFolding;

/**
 * The documents of a procedure as copied into a dossier when its draft begins, so that a
 * catalogue update while the applicant works does not move the parts their files belong to.
 * Kept as a JSON array in the dossier.
 */
public final class DossierDocuments {

    /**
     * Words that mark a document as one the applicant shows at the desk (xuất trình) rather than
     * hands in, so no file is asked for; compared folded, without marks or case.
     */
    private static final String SHOWN = "xuat trinh";

    private final List<RequiredPart> parts;

    private DossierDocuments(List<RequiredPart> parts) {
        this.parts = List.copyOf(parts);
    }

    public static DossierDocuments of(List<RequiredDocument> documents) {
        List<RequiredPart> parts = new ArrayList<>();
        for (RequiredDocument d : documents) {
            String name = TextFolding.nfc(d.getName());
            if (name == null || name.isEmpty()) {
                continue;
            }
            parts.add(part(parts.size(), blankToNull(TextFolding.nfc(d.getGroup())), name,
                    blankToNull(d.getFormTemplate()), d.getOriginals(), d.getCopies()));
        }
        return new DossierDocuments(parts);
    }

    static RequiredPart part(int index, String group, String name, String template,
            int originals, int copies) {
        return new RequiredPart(index, group, name, template, originals, copies,
                isRequired(name, originals, copies));
    }

    /** A file is required when the document is asked for and not only to be shown. */
    public static boolean isRequired(String name, int originals, int copies) {
        return originals + copies > 0 && !TextFolding.fold(name).contains(SHOWN);
    }

    public static DossierDocuments parse(String json) {
        if (json == null || json.isBlank()) {
            return new DossierDocuments(List.of());
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<RequiredPart> parts = new ArrayList<>();
            for (JsonValue v : array) {
                JsonObject o = v.asJsonObject();
                parts.add(part(parts.size(), o.getString("group", null), o.getString("name"),
                        o.getString("template", null), o.getInt("originals", 0),
                        o.getInt("copies", 0)));
            }
            return new DossierDocuments(parts);
        }
    }

    public String toJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RequiredPart p : parts) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", p.name())
                    .add("originals", p.originals()).add("copies", p.copies());
            if (p.group() != null) {
                o.add("group", p.group());
            }
            if (p.template() != null) {
                o.add("template", p.template());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    public List<RequiredPart> all() {
        return parts;
    }

    /** The distinct cases (groups) in the order of the procedure; empty when there are none. */
    public List<String> cases() {
        Set<String> cases = new LinkedHashSet<>();
        for (RequiredPart p : parts) {
            if (p.group() != null) {
                cases.add(p.group());
            }
        }
        return List.copyOf(cases);
    }

    /**
     * The documents of a case, those of no case included since they apply to every case. With
     * no case chosen while the procedure has cases, only the documents of no case.
     */
    public List<RequiredPart> partsOf(String caseName) {
        List<RequiredPart> of = new ArrayList<>();
        for (RequiredPart p : parts) {
            if (p.group() == null || Objects.equals(p.group(), caseName)) {
                of.add(p);
            }
        }
        return of;
    }

    /** The part with an index, if it belongs to the case. */
    public RequiredPart partOf(String caseName, int index) {
        return partsOf(caseName).stream().filter(p -> p.index() == index).findFirst()
                .orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
