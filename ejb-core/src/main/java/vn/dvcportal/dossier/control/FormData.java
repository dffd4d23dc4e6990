package vn.dvcportal.dossier.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** The e-form values of a dossier, kept as one JSON object of strings. */
public final class FormData {

    private FormData() {
    }

    public static Map<String, String> parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (e.getValue() instanceof JsonString s) {
                    values.put(e.getKey(), s.getString());
                }
            }
        }
        return values;
    }

    public static String toJson(Map<String, String> values) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                o.add(k, v);
            }
        });
        return o.build().toString();
    }
}
