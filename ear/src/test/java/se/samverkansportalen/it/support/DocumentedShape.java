package se.samverkansportalen.it.support;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a JSON answer has the shape its OpenAPI document names: every member of an object is a
 * documented property (a member the document does not name is a mismatch, which a JSON Schema
 * validator would let through), and every value has its documented type, down through arrays,
 * maps and {@code $ref}s to {@code #/components/schemas/…}. Absent members and nulls pass: the
 * API leaves out absent values.
 */
public final class DocumentedShape {

    private final JsonObject document;

    /** Checks against this OpenAPI document (its {@code components.schemas} resolve the references). */
    public DocumentedShape(JsonObject document) {
        this.document = document;
    }

    /** The mismatches of a value against a schema, each naming its place ({@code $.items[0].light}); empty when it matches. */
    public List<String> mismatches(JsonValue value, JsonObject schema) {
        List<String> found = new ArrayList<>();
        check(value, schema, "$", found);
        return found;
    }

    private void check(JsonValue value, JsonObject schema, String place, List<String> found) {
        JsonObject resolved = resolve(schema);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (resolved.containsKey("allOf")) {
            resolved.getJsonArray("allOf").getValuesAs(JsonObject.class).forEach(part -> check(value, part, place, found));
            return;
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (resolved.containsKey(choice)) {
                boolean any = resolved.getJsonArray(choice).getValuesAs(JsonObject.class).stream().anyMatch(part -> mismatches(value, part).isEmpty());
                if (!any) {
                    found.add(place + ": matches none of its " + choice);
                }
                return;
            }
        }
        List<String> types = types(resolved);
        switch (value.getValueType()) {
            case OBJECT -> {
                if (!types.isEmpty() && !types.contains("object")) {
                    found.add(place + ": an object where the document says " + types);
                    return;
                }
                JsonObject properties = resolved.getJsonObject("properties");
                JsonValue additional = resolved.get("additionalProperties");
                for (var member : value.asJsonObject().entrySet()) {
                    String at = place + "." + member.getKey();
                    if (properties != null && properties.containsKey(member.getKey())) {
                        check(member.getValue(), properties.getJsonObject(member.getKey()), at, found);
                    } else if (additional instanceof JsonObject more) {
                        check(member.getValue(), more, at, found);
                    } else if (properties != null || additional == JsonValue.FALSE) {
                        found.add(at + ": not in the document");
                    }
                }
            }
            case ARRAY -> {
                if (!types.isEmpty() && !types.contains("array")) {
                    found.add(place + ": an array where the document says " + types);
                    return;
                }
                JsonObject items = resolved.getJsonObject("items");
                int i = 0;
                for (JsonValue item : value.asJsonArray()) {
                    if (items != null) {
                        check(item, items, place + "[" + i + "]", found);
                    }
                    i++;
                }
            }
            case STRING -> expect(types, place, found, "string");
            case NUMBER -> {
                boolean whole = ((JsonNumber) value).isIntegral();
                if (!types.isEmpty() && !types.contains("number") && !(whole && types.contains("integer"))) {
                    found.add(place + ": " + value + " where the document says " + types);
                }
            }
            case TRUE, FALSE -> expect(types, place, found, "boolean");
            default -> {
            }
        }
    }

    private static void expect(List<String> types, String place, List<String> found, String type) {
        if (!types.isEmpty() && !types.contains(type)) {
            found.add(place + ": a " + type + " where the document says " + types);
        }
    }

    private static List<String> types(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type == null) {
            return List.of();
        }
        if (type.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(schema.getString("type"));
        }
        return type.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private JsonObject resolve(JsonObject schema) {
        JsonObject current = schema;
        while (current.containsKey("$ref")) {
            String ref = current.getString("$ref");
            String prefix = "#/components/schemas/";
            if (!ref.startsWith(prefix)) {
                throw new AssertionError("a reference outside the document's schemas: " + ref);
            }
            JsonObject target = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(prefix.length()));
            if (target == null) {
                throw new AssertionError("a reference to no schema: " + ref);
            }
            current = target;
        }
        return current;
    }
}
