package se.samverkansportalen.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The API reads JSON strictly: a whole number is a JSON number without a fraction that fits its
 * field (JSON-B would otherwise store 1.5 kr as 1, and wrap 18446744073709552617 round to 1001),
 * and a text is a JSON string (not a list whose first element is taken). Anything else is a body
 * that cannot be read: 400 with {@code api.error.unreadableBody}, nothing stored.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeLong(), new WholeInteger(), new Text()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The JSON-B the API reads and writes with; for tests of the API's own types. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    /** A JSON number with no fraction, within the range of {@code long}. */
    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = whole(parser);
            return value == null ? null : value.longValue();
        }
    }

    /** A JSON number with no fraction, within the range of {@code int}. */
    static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = whole(parser);
            if (value == null) {
                return null;
            }
            if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new JsonbException("Not a whole number of its field's size");
            }
            return value.intValue();
        }
    }

    /** A JSON string. */
    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new JsonbException("Not a text");
            }
            return ((JsonString) value).getString();
        }
    }

    /** The whole number at the parser, or null for JSON null. */
    private static BigDecimal whole(JsonParser parser) {
        JsonValue json = parser.getValue();
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (json.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new JsonbException("Not a number");
        }
        BigDecimal value = ((JsonNumber) json).bigDecimalValue();
        if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("Not a whole number");
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new JsonbException("Not a whole number of its field's size");
        }
        return value;
    }
}
