package vn.dvcportal.division.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;

/**
 * Reads the statistics office's unit lists as published in JSON.
 *
 * <p>Both lists are an object whose {@code data} array holds one object per province with its
 * lower tiers nested inside. The array is streamed one province at a time, so memory is bounded
 * by the largest province rather than by the file. Names are normalised to NFC with single
 * spaces, because the lists are typed by hand and user input is compared against them.
 */
public final class DivisionFileParser {

    private static final Logger LOG = Logger.getLogger(DivisionFileParser.class.getName());

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * Reads the list of units in force since 1 July 2025 with the old units merged into each
     * (file {@code dvhcvn_2025-07-01_new_to_old_merges.json}).
     */
    public DivisionFile parseCurrent(Path mergesJson) {
        return parse(mergesJson, UnitEra.CURRENT);
    }

    /** As {@link #parseCurrent(Path)}, from a reader the caller closes. */
    public DivisionFile parseCurrent(Reader mergesJson) {
        return parse(mergesJson, UnitEra.CURRENT, "input");
    }

    /**
     * Reads the three-level list in force before the reform
     * (file {@code dvhcvn_2025-03-01_pre_reform_3level.json}).
     */
    public DivisionFile parsePre2025(Path threeLevelJson) {
        return parse(threeLevelJson, UnitEra.PRE_2025);
    }

    /** As {@link #parsePre2025(Path)}, from a reader the caller closes. */
    public DivisionFile parsePre2025(Reader threeLevelJson) {
        return parse(threeLevelJson, UnitEra.PRE_2025, "input");
    }

    private DivisionFile parse(Path file, UnitEra era) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, era, file.toString());
        } catch (IOException e) {
            throw new DivisionFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private DivisionFile parse(Reader reader, UnitEra era, String source) {
        List<UnitRecord> units = new ArrayList<>();
        JsonObject stats = null;
        boolean sawData = false;
        try (JsonParser parser = Json.createParser(reader)) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                throw new DivisionFileException(source + " is not a JSON object");
            }
            Event event;
            while ((event = parser.next()) == Event.KEY_NAME) {
                String key = parser.getString();
                Event value = parser.next();
                if ("data".equals(key) && value == Event.START_ARRAY) {
                    sawData = true;
                    while ((event = parser.next()) != Event.END_ARRAY) {
                        if (event != Event.START_OBJECT) {
                            throw new DivisionFileException(
                                    source + ": data holds something other than provinces");
                        }
                        JsonObject province = parser.getObject();
                        if (era == UnitEra.CURRENT) {
                            readCurrentProvince(province, units);
                        } else {
                            readOldProvince(province, units);
                        }
                    }
                } else if ("stats".equals(key) && value == Event.START_OBJECT) {
                    stats = parser.getObject();
                } else if (value == Event.START_OBJECT) {
                    parser.skipObject();
                } else if (value == Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
        } catch (JsonException | NoSuchElementException e) {
            // Malformed JSON, or a file that ends in the middle of the data.
            throw new DivisionFileException(source + " is not a valid unit list: "
                    + e.getMessage(), e);
        }
        if (!sawData) {
            throw new DivisionFileException(source + " has no data array");
        }
        DivisionFile file = new DivisionFile(era, units);
        checkStats(file, stats, source);
        return file;
    }

    private void readCurrentProvince(JsonObject json, List<UnitRecord> units) {
        String code = code(json, "level1_id", UnitLevel.PROVINCE, "province");
        String where = "province " + code;
        String name = name(json, where);
        units.add(new UnitRecord(UnitLevel.PROVINCE, code, name,
                type(json, UnitLevel.PROVINCE, name, where), null, merges(json, where)));
        for (JsonObject commune : children(json, "level2s", where)) {
            String communeCode = code(commune, "level2_id", UnitLevel.COMMUNE, where);
            String communeWhere = "commune " + communeCode;
            String communeName = name(commune, communeWhere);
            units.add(new UnitRecord(UnitLevel.COMMUNE, communeCode, communeName,
                    type(commune, UnitLevel.COMMUNE, communeName, communeWhere), code,
                    merges(commune, communeWhere)));
        }
    }

    private void readOldProvince(JsonObject json, List<UnitRecord> units) {
        String code = code(json, "level1_id", UnitLevel.PROVINCE, "province");
        String where = "province " + code;
        String name = name(json, where);
        units.add(new UnitRecord(UnitLevel.PROVINCE, code, name,
                type(json, UnitLevel.PROVINCE, name, where), null, List.of()));
        for (JsonObject district : children(json, "level2s", where)) {
            String districtCode = code(district, "level2_id", UnitLevel.DISTRICT, where);
            String districtWhere = "district " + districtCode;
            String districtName = name(district, districtWhere);
            units.add(new UnitRecord(UnitLevel.DISTRICT, districtCode, districtName,
                    type(district, UnitLevel.DISTRICT, districtName, districtWhere), code,
                    List.of()));
            // Some island districts have no communes at all.
            for (JsonObject commune : children(district, "level3s", districtWhere)) {
                String communeCode = code(commune, "level3_id", UnitLevel.COMMUNE,
                        districtWhere);
                String communeWhere = "commune " + communeCode;
                String communeName = name(commune, communeWhere);
                units.add(new UnitRecord(UnitLevel.COMMUNE, communeCode, communeName,
                        type(commune, UnitLevel.COMMUNE, communeName, communeWhere),
                        districtCode, List.of()));
            }
        }
    }

    private static List<MergedUnit> merges(JsonObject json, String where) {
        List<MergedUnit> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonObject merge : children(json, "merges", where)) {
            String code = text(merge, "old_id", where).strip();
            UnitLevel level = UnitLevel.ofCode(code).orElseThrow(() -> new DivisionFileException(
                    where + ": merged unit code '" + code + "' has no known length"));
            if (!seen.add(code)) {
                throw new DivisionFileException(where + ": merges " + code + " twice");
            }
            String kind = text(merge, "type", where).strip();
            boolean partial;
            if ("full".equalsIgnoreCase(kind)) {
                partial = false;
            } else if ("partial".equalsIgnoreCase(kind)) {
                partial = true;
            } else {
                throw new DivisionFileException(where + ": merge type of " + code + " is '"
                        + kind + "', neither full nor partial");
            }
            merged.add(new MergedUnit(level, code, clean(text(merge, "name", where)), partial));
        }
        return merged;
    }

    /** The objects of an array field; a missing field counts as an empty array. */
    private static List<JsonObject> children(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new DivisionFileException(where + ": " + key + " is not an array");
        }
        JsonArray array = value.asJsonArray();
        List<JsonObject> objects = new ArrayList<>(array.size());
        for (JsonValue element : array) {
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DivisionFileException(where + ": " + key + " holds a non-object");
            }
            objects.add(element.asJsonObject());
        }
        return objects;
    }

    private static String code(JsonObject json, String key, UnitLevel level, String where) {
        String code = text(json, key, where).strip();
        if (UnitLevel.ofCode(code).orElse(null) != level) {
            throw new DivisionFileException(where + ": " + key + " '" + code + "' is not a "
                    + level.codeLength() + "-digit code");
        }
        return code;
    }

    private static String name(JsonObject json, String where) {
        String name = clean(text(json, "name", where));
        if (name.isEmpty()) {
            throw new DivisionFileException(where + ": empty name");
        }
        return name;
    }

    private static String type(JsonObject json, UnitLevel level, String name, String where) {
        JsonValue given = json.get("type");
        if (given instanceof JsonString string && !clean(string.getString()).isEmpty()) {
            return clean(string.getString());
        }
        return UnitTypes.fromName(level, name).orElseThrow(() -> new DivisionFileException(
                where + ": no type given and none can be told from the name '" + name + "'"));
    }

    private static String text(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            // A code written as a number would have lost its leading zeros.
            throw new DivisionFileException(where + ": " + key + " is a number, not text");
        }
        throw new DivisionFileException(where + ": " + key + " is missing or not text");
    }

    /** NFC, no leading or trailing white space, single spaces between words. */
    static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITE_SPACE.matcher(nfc.strip()).replaceAll(" ");
    }

    /** The lists state their own counts; a difference means a truncated or edited file. */
    private static void checkStats(DivisionFile file, JsonObject stats, String source) {
        if (stats == null) {
            return;
        }
        Map<String, UnitLevel> keys = file.era() == UnitEra.CURRENT
                ? Map.of("level1_count", UnitLevel.PROVINCE, "level2_count", UnitLevel.COMMUNE)
                : Map.of("level1_count", UnitLevel.PROVINCE, "level2_count", UnitLevel.DISTRICT,
                        "level3_count", UnitLevel.COMMUNE);
        for (Map.Entry<String, UnitLevel> key : keys.entrySet()) {
            if (stats.get(key.getKey()) instanceof JsonNumber stated
                    && stated.longValue() != file.count(key.getValue())) {
                LOG.log(Level.WARNING, "{0} states {1} units at level {2} but lists {3}",
                        new Object[] {source, stated.longValue(), key.getValue(),
                            file.count(key.getValue())});
            }
        }
    }
}
