package vn.dvcportal.eform.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An e-form as the applicant sees it: its fields in order. Parsed from the JSON an
 * administrator maintains, and refused whole when any field is unusable, so a broken definition
 * never reaches an applicant.
 */
public record FormSchema(String title, List<FormField> fields) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");
    private static final int MAX_FIELDS = 200;

    public FormSchema {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Reads a definition.
     *
     * @throws IllegalArgumentException with a Vietnamese explanation of the first fault
     */
    public static FormSchema parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("Định nghĩa biểu mẫu trống.");
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("Định nghĩa biểu mẫu không phải JSON hợp lệ: "
                    + e.getMessage(), e);
        }
        JsonArray array = root.getJsonArray("fields");
        if (array == null || array.isEmpty()) {
            throw new IllegalArgumentException("Biểu mẫu phải có ít nhất một trường (fields).");
        }
        if (array.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("Biểu mẫu có quá " + MAX_FIELDS + " trường.");
        }
        List<FormField> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("Trường thứ " + (i + 1)
                        + " không phải đối tượng.");
            }
            FormField field = field(array.getJsonObject(i), i + 1);
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("Mã trường bị trùng: " + field.key());
            }
            fields.add(field);
        }
        for (FormField field : fields) {
            if (field.type() == FieldType.COMMUNE && fields.stream().noneMatch(
                    f -> f.key().equals(field.dependsOn()) && f.type() == FieldType.PROVINCE)) {
                throw new IllegalArgumentException("Trường " + field.key()
                        + " (xã, phường) cần dependsOn trỏ tới một trường tỉnh, thành phố.");
            }
        }
        return new FormSchema(text(root, "title"), fields);
    }

    private static FormField field(JsonObject o, int position) {
        String key = text(o, "key");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Trường thứ " + position
                    + ": mã trường (key) phải bắt đầu bằng chữ cái, gồm chữ cái không dấu, chữ số,"
                    + " dấu gạch dưới, tối đa 40 ký tự.");
        }
        String label = text(o, "label");
        if (label == null) {
            throw new IllegalArgumentException("Trường " + key + " thiếu nhãn (label).");
        }
        FieldType type;
        try {
            type = FieldType.valueOf(Optional.ofNullable(text(o, "type")).orElse("TEXT")
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Trường " + key + ": kiểu không hỗ trợ: "
                    + text(o, "type"), e);
        }
        String pattern = text(o, "pattern");
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Trường " + key
                        + ": biểu thức kiểm tra (pattern) sai: " + e.getDescription(), e);
            }
        }
        List<Choice> choices = choices(o, key);
        if (type == FieldType.SELECT && choices.isEmpty()) {
            throw new IllegalArgumentException("Trường " + key + " (danh sách chọn) cần choices.");
        }
        Long min = number(o, "min");
        Long max = number(o, "max");
        Integer maxLength = number(o, "maxLength") == null ? null
                : Math.toIntExact(Math.max(1, Math.min(4000, number(o, "maxLength"))));
        return new FormField(key, label, text(o, "labelEn"), type,
                o.getBoolean("required", false), pattern, text(o, "patternMessage"), maxLength,
                text(o, "help"), text(o, "prefill"), text(o, "section"), choices,
                text(o, "choicesFrom"), text(o, "dependsOn"), min, max);
    }

    private static List<Choice> choices(JsonObject o, String key) {
        JsonArray array = o.getJsonArray("choices");
        if (array == null) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        for (JsonValue value : array) {
            if (value instanceof JsonString s) {
                choices.add(new Choice(nfc(s.getString()), nfc(s.getString()), null));
            } else if (value instanceof JsonObject c && text(c, "value") != null) {
                choices.add(new Choice(text(c, "value"),
                        Optional.ofNullable(text(c, "label")).orElse(text(c, "value")),
                        text(c, "labelEn")));
            } else {
                throw new IllegalArgumentException("Trường " + key + ": lựa chọn không hợp lệ.");
            }
        }
        return choices;
    }

    private static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return nfc(s.getString().strip());
        }
        return null;
    }

    private static Long number(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value instanceof JsonNumber n ? n.longValue() : null;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
