package se.samverkansportalen.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.service.localplan.LocalPlanFile;

/**
 * A plan file's refusals read as a socialchef understands them: the place in the file in words
 * ("kostnaden i åtgärd 7"), never a JSON path, and the file without a plan explained in plain Swedish.
 */
class PlanFileRefusalTextsTest {

    @Test
    void a_file_without_the_plan_itself_says_so_and_what_to_check() {
        assertThat(swedish("{\"kommun\": {\"name\": \"Umeå\"}}")).isEqualTo("Filen saknar själva planen. Kontrollera att du valt en "
                + "planfil som exporterats från portalen eller följer mallen. Ingenting har sparats.");
        assertThat(swedish("{\"plan\": [1, 2]}")).startsWith("Filen saknar själva planen.");
        assertThat(swedish("[]")).startsWith("Filen saknar själva planen.");
    }

    @Test
    void a_bad_cost_names_the_measure_by_its_place_in_words() {
        String file = """
                {"plan": {"shape": "measures", "title": "Plan", "measures": [
                  {"number": 1, "title": "A"}, {"number": 2, "title": "B", "costSek": "500 tkr"}]}}""";
        assertThat(swedish(file)).isEqualTo("Kostnaden i åtgärd 2 ska vara ett heltal skrivet med bara siffror, till exempel 500000. "
                + "Ingenting har sparats.");
        assertThat(text(file, Locale.ENGLISH)).isEqualTo("The cost of measure 2 should be a whole number written in digits only, "
                + "for example 500000. Nothing was saved.");
    }

    @Test
    void a_date_in_words_is_refused_with_the_field_and_what_the_file_says() {
        String file = """
                {"plan": {"shape": "measures", "title": "Plan", "measures": [{"number": 1, "title": "A", "when": "våren 2027"}]}}""";
        assertThat(swedish(file)).isEqualTo("När i åtgärd 1 ska vara ett datum skrivet som 2015-04-07, men i filen står det "
                + "\"våren 2027\". Ingenting har sparats.");
    }

    @Test
    void places_deep_in_a_risk_based_plan_and_whole_lists_are_words_too() {
        assertThat(PlanFilePlaces.words("plan.goals[1].risks[2].indicators[3].values.2020-01", bundle()))
                .isEqualTo("värdet för 2020-01 i mål 1, risk 2, indikator 3");
        assertThat(PlanFilePlaces.words("plan.goals[1].risks[2].levelAtT2", bundle())).isEqualTo("risknivån i mål 1, risk 2");
        assertThat(PlanFilePlaces.words("plan.measures", bundle())).isEqualTo("listan med åtgärder");
        assertThat(PlanFilePlaces.words("plan.measures[3]", bundle())).isEqualTo("åtgärd 3");
        assertThat(PlanFilePlaces.words("plan.title", bundle())).isEqualTo("rubriken");
        assertThat(PlanFilePlaces.words("kommun.name", bundle())).isEqualTo("namnet i kommunen");
        assertThat(PlanFilePlaces.isPlace("2020-05")).isFalse();
        assertThat(PlanFilePlaces.isPlace("planet")).isFalse();
    }

    @Test
    void no_refusal_of_a_plan_file_shows_a_json_path() {
        String[] files = {"{\"plan\": {\"shape\": \"measures\", \"title\": \"Plan\"}}",
            "{\"plan\": {\"shape\": \"measures\", \"title\": \"\", \"measures\": []}}",
            "{\"plan\": {\"shape\": \"measures\", \"title\": \"Plan\", \"measures\": [7]}}",
            "{\"plan\": {\"shape\": \"risk-based\", \"title\": \"Plan\", \"goals\": [{\"title\": \"M\", \"risks\": [{\"number\": \"1\", "
                    + "\"title\": \"R\", \"indicators\": [{\"name\": \"I\", \"unit\": \"percent\", \"values\": {\"2020-01\": -1}}]}]}]}}"};
        for (String file : files) {
            assertThat(swedish(file)).as(file).doesNotContain("plan.").doesNotContain("[").doesNotContain("Fältet");
        }
    }

    private static String swedish(String file) {
        return text(file, RefusalTexts.SWEDISH);
    }

    private static String text(String file, Locale locale) {
        try {
            LocalPlanFile.read(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (InvalidInputRefusal refusal) {
            return RefusalTexts.text(refusal, locale);
        }
        throw new AssertionError("the file was read: " + file);
    }

    private static java.util.ResourceBundle bundle() {
        return java.util.ResourceBundle.getBundle(se.samverkansportalen.web.Messages.BUNDLE, RefusalTexts.SWEDISH);
    }
}
