package se.samverkansportalen.service.keyfigure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.keyfigure.Gender;
import se.samverkansportalen.domain.keyfigure.KeyFigure;
import se.samverkansportalen.domain.keyfigure.KeyFigureValue;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * Kolada's data shape, read and written: the answer of Kolada's v2 API to
 * {@code /v2/data/kpi/{kpi}/municipality/{id}/year/{years}} and the portal's export of a kommun's
 * key figures are both
 * {@code {"count": n, "values": [{"kpi": "N00945", "municipality": "2480", "period": 2023,
 * "values": [{"gender": "T", "status": "", "value": 75.0}]}], "next_page": null}}.
 * Members Kolada adds beside these (a value's {@code count}, the paging links) are read past.
 * The whole body is checked before anything is made of it; the first problem is refused with
 * where it is ({@code values[2].values[0].gender}) as a message key and its arguments.
 */
public final class KoladaData {

    /** One value: a KPI's value for a kommun, a year and a gender, in Kolada's unit for the KPI. */
    public record Reading(String kpi, String municipality, int year, Gender gender, BigDecimal value, String status) {
    }

    /** A body's readings, in body order, and the address of Kolada's next page (null on the last). */
    public record Page(List<Reading> readings, String nextPage) {
    }

    /** Message key: the body is not a JSON object of Kolada's shape; argument: what the reader said. */
    public static final String NOT_JSON = "keyfigure.file.notJson";
    /** Message key: a member is missing or of the wrong kind; argument: its place. */
    public static final String MISSING = "keyfigure.file.missing";
    /** Message key: a KPI id that is not a letter and five digits; arguments: place, the text. */
    public static final String KPI = "keyfigure.file.kpi";
    /** Message key: a kommun code that is not four digits; arguments: place, the text. */
    public static final String MUNICIPALITY = "keyfigure.file.municipality";
    /** Message key: a period that is no year from 1990 to 2100; arguments: place, the text. */
    public static final String YEAR = "keyfigure.file.year";
    /** Message key: a gender other than T, K or M; arguments: place, the text. */
    public static final String GENDER = "keyfigure.file.gender";
    /** Message key: a value that is neither a number nor null; arguments: place, the text. */
    public static final String VALUE = "keyfigure.file.value";
    /** Message key: the same KPI, year and gender twice; arguments: place, KPI, year, gender. */
    public static final String TWICE = "keyfigure.file.twice";

    private static final Pattern KPI_ID = Pattern.compile(KeyFigure.KPI_PATTERN);
    private static final Pattern KOMMUN_CODE = Pattern.compile("\\d{4}");

    private KoladaData() {
    }

    /**
     * Reads a body of Kolada's data shape.
     *
     * @param body the JSON as bytes (UTF-8); null or empty is refused
     * @return the readings and the next page's address
     * @throws InvalidInputRefusal naming the first place at fault (see the message keys above);
     *                             a value with more than four decimals or past
     *                             {@link KeyFigureValue#VALUE} is refused as typed numbers are
     */
    public static Page read(byte[] body) {
        JsonValue value = json(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputRefusal.atField("file", NOT_JSON, "ett JSON-objekt väntades");
        }
        JsonObject root = value.asJsonObject();
        JsonArray entries = array(root, "values", "values");
        List<Reading> readings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "values[" + i + "]";
            JsonObject entry = object(entries.get(i), at);
            String kpi = text(entry, "kpi", at);
            if (!KPI_ID.matcher(kpi).matches()) {
                throw InvalidInputRefusal.atField(at + ".kpi", KPI, at + ".kpi", shown(kpi));
            }
            String municipality = text(entry, "municipality", at);
            if (!KOMMUN_CODE.matcher(municipality).matches()) {
                throw InvalidInputRefusal.atField(at + ".municipality", MUNICIPALITY, at + ".municipality", shown(municipality));
            }
            int year = year(entry.get("period"), at + ".period");
            JsonArray values = array(entry, "values", at + ".values");
            for (int j = 0; j < values.size(); j++) {
                String vat = at + ".values[" + j + "]";
                JsonObject v = object(values.get(j), vat);
                String letter = text(v, "gender", vat);
                Gender gender = Gender.ofLetter(letter)
                        .orElseThrow(() -> InvalidInputRefusal.atField(vat + ".gender", GENDER, vat + ".gender", shown(letter)));
                BigDecimal number = number(v.get("value"), vat + ".value");
                String status = status(v.get("status"), vat + ".status");
                if (!seen.add(kpi + "/" + municipality + "/" + year + "/" + gender)) {
                    throw InvalidInputRefusal.atField(vat, TWICE, vat, kpi, year, gender.name());
                }
                readings.add(new Reading(kpi, municipality, year, gender, number, status));
            }
        }
        JsonValue next = root.get("next_page");
        String nextPage = next instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
        return new Page(List.copyOf(readings), nextPage);
    }

    /**
     * Writes a kommun's key figures in the same shape (without paging links), so that the
     * export reads back in: one entry per KPI and year, by KPI and year, genders T, K, M.
     *
     * @param municipality the kommun's four-digit code
     * @param figures      the kommun's key figures with their values
     * @return UTF-8 JSON
     */
    public static byte[] write(String municipality, List<KeyFigure> figures) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        int count = 0;
        for (KeyFigure figure : figures) {
            Map<Integer, JsonArrayBuilder> byYear = new LinkedHashMap<>();
            for (KeyFigureValue v : figure.values()) {
                JsonObjectBuilder value = Json.createObjectBuilder().add("gender", v.getGender().name())
                        .add("status", v.getStatus() == null ? "" : v.getStatus());
                if (v.getValue() == null) {
                    value.addNull("value");
                } else {
                    value.add("value", v.getValue().stripTrailingZeros());
                }
                byYear.computeIfAbsent(v.getYear(), y -> Json.createArrayBuilder()).add(value);
            }
            for (Map.Entry<Integer, JsonArrayBuilder> year : byYear.entrySet()) {
                entries.add(Json.createObjectBuilder().add("kpi", figure.getKpi()).add("municipality", municipality)
                        .add("period", year.getKey()).add("values", year.getValue()));
                count++;
            }
        }
        JsonObject root = Json.createObjectBuilder().add("count", count).add("values", entries).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = Json.createWriter(out)) {
            writer.writeObject(root);
        }
        return out.toByteArray();
    }

    /**
     * The body's one JSON value. The body is UTF-8 (a byte order mark is read past; UTF-16 with
     * its byte order mark is read too); a byte that is no character in it is refused, never
     * replaced, and so is anything after the value. A body the reader cannot take (nested past
     * its depth, a number past its length) is refused like any unreadable one.
     *
     * @throws InvalidInputRefusal {@value #NOT_JSON} at {@code file}, with what was wrong
     */
    static JsonValue json(byte[] body) {
        String text = decoded(body);
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw InvalidInputRefusal.atField("file", NOT_JSON, "tom");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw InvalidInputRefusal.atField("file", NOT_JSON, "mer text efter JSON-värdet");
            }
            return value;
        } catch (InvalidInputRefusal refused) {
            throw refused;
        } catch (JsonParsingException e) {
            throw InvalidInputRefusal.atField("file", NOT_JSON, location(e));
        } catch (RuntimeException e) {
            // JsonException, and the reader's own limits (nesting depth, a number's length or exponent).
            throw InvalidInputRefusal.atField("file", NOT_JSON, "tom eller oläslig");
        }
    }

    private static String decoded(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidInputRefusal.atField("file", NOT_JSON, "tom");
        }
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputRefusal.atField("file", NOT_JSON, "tecken som inte är UTF-8");
        }
    }

    private static String location(JsonParsingException e) {
        var where = e.getLocation();
        return where == null ? "oläslig JSON" : "rad " + where.getLineNumber() + ", tecken " + where.getColumnNumber();
    }

    private static JsonObject object(JsonValue value, String at) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputRefusal.atField(at, MISSING, at);
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonObject in, String key, String at) {
        JsonValue value = in.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidInputRefusal.atField(at, MISSING, at);
        }
        return value.asJsonArray();
    }

    private static String text(JsonObject in, String key, String at) {
        JsonValue value = in.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.toString();
        }
        throw InvalidInputRefusal.atField(at + "." + key, MISSING, at + "." + key);
    }

    private static int year(JsonValue value, String at) {
        String text = value instanceof JsonNumber n ? n.toString() : value instanceof JsonString s ? s.getString() : null;
        if (text == null) {
            throw InvalidInputRefusal.atField(at, MISSING, at);
        }
        if (!text.matches("\\d{4}")) {
            throw InvalidInputRefusal.atField(at, YEAR, at, shown(text));
        }
        int year = Integer.parseInt(text);
        if (year < KeyFigureValue.FIRST_YEAR || year > KeyFigureValue.LAST_YEAR) {
            throw InvalidInputRefusal.atField(at, YEAR, at, text);
        }
        return year;
    }

    private static BigDecimal number(JsonValue value, String at) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber n)) {
            throw InvalidInputRefusal.atField(at, VALUE, at, shown(value.toString()));
        }
        BigDecimal number;
        try {
            number = n.bigDecimalValue();
        } catch (RuntimeException unreadable) {
            throw InvalidInputRefusal.atField(at, VALUE, at, "ett tal som inte går att läsa");
        }
        return SwedishNumbers.requireWithin(number, KeyFigureValue.VALUE, at);
    }

    private static String status(JsonValue value, String at) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw InvalidInputRefusal.atField(at, MISSING, at);
        }
        return Texts.optional(s.getString(), KeyFigureValue.STATUS_MAX, at);
    }

    /** A refused text as a message may quote it: at most 40 characters, cut between characters. */
    private static String shown(String text) {
        return text.codePointCount(0, text.length()) > 40 ? text.substring(0, text.offsetByCodePoints(0, 39)) + "…" : text;
    }
}
