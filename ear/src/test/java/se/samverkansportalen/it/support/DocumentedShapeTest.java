package se.samverkansportalen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DocumentedShapeTest {

    private static final JsonObject DOCUMENT = json("""
            {"components": {"schemas": {
              "Plan": {"type": "object", "properties": {"id": {"type": "integer"}, "title": {"type": "string"},
                       "measures": {"type": "array", "items": {"$ref": "#/components/schemas/Measure"}},
                       "lights": {"type": "object", "additionalProperties": {"type": "integer"}}}},
              "Measure": {"type": "object", "properties": {"costSek": {"type": ["number", "null"]}, "done": {"type": "boolean"}}}
            }}}""");
    private static final JsonObject PLAN = json("{\"$ref\": \"#/components/schemas/Plan\"}");
    private final DocumentedShape shapes = new DocumentedShape(DOCUMENT);

    @Test
    void anAnswerOfTheDocumentedShapeMatches() {
        JsonValue answer = json("""
                {"id": 12, "title": "Plan", "measures": [{"costSek": 2500.5, "done": true}, {"costSek": null}], "lights": {"RED": 2}}""");
        assertThat(shapes.mismatches(answer, PLAN)).isEmpty();
    }

    @Test
    void aMemberTheDocumentDoesNotNameIsAMismatchAtItsPlace() {
        JsonValue answer = json("""
                {"id": 12, "measures": [{"done": true, "owner": "Eva"}]}""");
        assertThat(shapes.mismatches(answer, PLAN)).containsExactly("$.measures[0].owner: not in the document");
    }

    @Test
    void aValueOfAnotherTypeIsAMismatch() {
        JsonValue answer = json("""
                {"id": 12.5, "title": 7, "lights": {"RED": "two"}, "measures": {}}""");
        assertThat(shapes.mismatches(answer, PLAN)).containsExactlyInAnyOrder("$.id: 12.5 where the document says [integer]",
                "$.title: 7 where the document says [string]", "$.lights.RED: a string where the document says [integer]",
                "$.measures: an object where the document says [array]");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
