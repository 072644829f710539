package se.samverkansportalen.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.service.quality.SectionForm;
import se.samverkansportalen.web.api.StrictJson;

/**
 * A kvalitetsberättelse's section over the API: what is read can be sent back unchanged and reaches
 * the service's form whole, under the property names the API had while it sent the form itself.
 */
class SectionContentTest {

    private static final Jsonb JSONB = StrictJson.jsonb();

    private static final String SECTION = """
            {"year":2024,"key":"synpunkter","lockVersion":2,"text":"Synpunkterna ökade.",
             "figures":[{"name":"Registrerade synpunkter","unit":"COUNT","year":2024,"value":55,"periodNote":"helår","approximate":true},
                        {"unit":"PERCENT","indicatorId":9,"approximate":false}],
             "entries":[{"list":"FREQUENT_TYPES","department":"Barn och unga","name":"Bemötande","followUp":"Utbildning"}],
             "inspections":[{"name":"Journalgranskning","allDepartments":true,"method":"Stickprov","result":"Brister i tid",
                             "controlAreas":"Dokumentation","workstreams":"Handläggning","startingPoints":"SOSFS 2014:5"}]}""";

    @Test
    void a_section_sent_reaches_the_form_whole_for_the_address_year_and_key() {
        SectionForm form = JSONB.fromJson(SECTION, SectionContent.class).toForm(2025, "avvikelser");

        assertThat(form.getYear()).as("the address's year, not the body's").isEqualTo(2025);
        assertThat(form.getKey()).isEqualTo("avvikelser");
        assertThat(json(JSONB.toJson(SectionContent.of(form)))).as("every other property as sent")
                .isEqualTo(json(SECTION.replace("\"year\":2024,\"key\":\"synpunkter\"", "\"year\":2025,\"key\":\"avvikelser\"")));
    }

    @Test
    void the_answer_has_the_properties_the_api_answered_before_it_had_its_own_types() {
        SectionForm form = JSONB.fromJson(SECTION, SectionForm.class);

        assertThat(json(JSONB.toJson(SectionContent.of(form)))).isEqualTo(json(JSONB.toJson(form)));
    }

    @Test
    void lists_left_out_are_empty_and_a_figure_or_entry_without_unit_or_list_takes_the_default() {
        SectionForm form = JSONB.fromJson("{\"text\":\"Bara text\",\"figures\":[{\"name\":\"Antal\"}],\"entries\":[{\"name\":\"Tema\"}]}",
                SectionContent.class).toForm(2024, "synpunkter");

        assertThat(form.getInspections()).isEmpty();
        assertThat(form.getLockVersion()).isZero();
        assertThat(form.getFigures().get(0).getUnit()).isEqualTo(IndicatorUnit.COUNT);
        assertThat(form.getFigures().get(0).isApproximate()).isFalse();
        assertThat(form.getEntries().get(0).getList()).isEqualTo(EntryList.ITEMS);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
