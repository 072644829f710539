package se.samverkansportalen.it.quality;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.KeycloakUsers;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.QualityYears;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Umeå's socialchef writes the kommun's kvalitetsberättelse for a year of its own: what the portal
 * already knows is drawn in (the risk register from Umeå's risk-based plan with each risk's level
 * then and now and its measures' traffic lights, a local measure with its latest reported status,
 * a yearly indicator with last year beside this year), she fastställer it with date, nämnd and
 * diarienummer, and from then on it is frozen: the API refuses every change in Swedish, and what it
 * drew in stays as it was. Skellefteå never sees it, the region and LBU read it only once it is
 * fastställd, with its small numbers withheld. Only her kommun's fastställda local plans are drawn
 * in, never an utkast. A decision date in the future or before the berättelse's year, and a
 * berättelse of a year that has not begun, are refused at their fields. She removes an utkast she
 * started by mistake (audited; the year is free again); a fastställd berättelse and the demo's
 * example cannot be removed, and no other kommun can remove hers. The demo start's example
 * (Uppsala's 2024 berättelse in Vännäs) is read as the source has it, in Swedish. Each test brings
 * its own year (a free one in a past range, {@link QualityYears}), plans and period, and removes
 * its berättelse afterwards while it is an utkast.
 */
@ExtendWith(ArquillianExtension.class)
class QualityReportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private int year;

    /** A year Umeå has no berättelse of yet, started as an utkast. */
    @BeforeEach
    void umeaStartsABerattelseOfAFreeYear() {
        year = QualityYears.freeOf("2480");
        Answer created = umea.post("kvalitetsberattelser", Json.createObjectBuilder().add("year", year).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.object().getString("status")).isEqualTo("DRAFT");
    }

    /** The years are few: an utkast the test leaves is removed (a fastställd berättelse is kept, as the portal keeps it). */
    @AfterEach
    void umeaRemovesItsUtkast() {
        Answer left = umea.get(address());
        if (left.status() == 200 && left.object().getString("status").equals("DRAFT")) {
            assertThat(umea.delete(address()).status()).isEqualTo(204);
        }
    }

    private String address() {
        return "kvalitetsberattelser/2480/" + year;
    }

    @Test
    void the_demo_start_shows_uppsalas_2024_berattelse_in_vannas_as_the_source_has_it() {
        JsonObject example = PortalApi.as("samordnare").get("kvalitetsberattelser/2460/2024").object();

        assertThat(example.getString("status")).isEqualTo("ADOPTED");
        assertThat(example.getBoolean("example")).isTrue();
        assertThat(example.getString("kommunName")).isEqualTo("Vännäs");
        assertThat(example.getString("sourceLabel")).isEqualTo("Uppsala kommun, socialförvaltningen: Kvalitetsberättelse 2024");
        assertThat(example.getJsonArray("sections").getValuesAs(JsonObject.class)).extracting(s -> s.getString("key"))
                .containsExactly("introduction", "purpose", "management-system", "processes", "complaints", "deviations", "risks",
                        "self-inspection", "improvements", "good-examples", "focus-next-year");
        JsonObject complaints = figures(example, "complaints").get(0);
        assertThat(complaints.getString("name")).isEqualTo("Registrerade synpunkter");
        assertThat(complaints.getJsonObject("thisYear").getInt("value")).isEqualTo(73);
        assertThat(complaints.getJsonObject("lastYear").getInt("value")).isEqualTo(79);
        List<JsonObject> deviations = figures(example, "deviations");
        assertThat(deviations.get(0).getJsonObject("thisYear").getInt("value")).as("lex Sarah-rapporter 2024").isEqualTo(9);
        JsonObject ivo = deviations.get(1).getJsonObject("thisYear");
        assertThat(ivo.getBoolean("withheld")).as("3 to IVO: a small number, withheld from the region").isTrue();
        assertThat(ivo.containsKey("value") && !ivo.isNull("value")).as("the exact value never leaves the server").isFalse();
        JsonObject granskning = section(example, "self-inspection").getJsonArray("inspections").getJsonObject(0);
        assertThat(granskning.getString("name")).isEqualTo("Kollegial granskning 2024");
        assertThat(granskning.getJsonArray("controlAreas").getValuesAs(jakarta.json.JsonString.class)).extracting(s -> s.getString())
                .containsExactly("förhandsbedömning", "utredning", "utredning inför placering i familjehem", "omplacering",
                        "umgängesbegränsningar");
        assertThat(granskning.getString("result")).as("the seed's English paraphrase in its Swedish rendering")
                .isEqualTo("blandat: bättre än 2023 inom vissa områden, sämre i hur åtgärder och händelser dokumenteras");
        JsonObject suppliers = section(example, "self-inspection").getJsonArray("inspections").getJsonObject(1);
        assertThat(suppliers.getBoolean("allDepartments")).as("a control of every avdelning is marked").isTrue();
        assertThat(suppliers.getString("department", null)).as("no words for it are stored or sent").isNull();
        assertThat(section(example, "complaints").getJsonArray("lists").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("list").equals("NOTES")).findFirst().orElseThrow().getJsonArray("entries")
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("name")).contains("de flesta kom in via webben och e-post")
                .doesNotContain("most came by web and e-mail");

        assertThat(PortalApi.as("granskare.lbu").get("kvalitetsberattelser").array().getValuesAs(JsonObject.class))
                .as("LBU's list").anyMatch(r -> r.getString("kommunCode").equals("2460") && r.getInt("year") == 2024);
        Answer change = PortalApi.as("samordnare").put("kvalitetsberattelser/2460/2024/avsnitt/introduction",
                Json.createObjectBuilder().add("text", "Samordnarens text").build());
        assertThat(change.status()).as("the region writes no kommun's berättelse").isEqualTo(403);
    }

    @Test
    void the_draft_draws_in_the_risk_register_the_latest_reported_status_and_yearly_figures_as_they_stand() {
        long riskPlan = umea.postText("lokala-planer/import", nacka()).object().getJsonNumber("id").longValue();
        JsonObject riskPlanView = umea.get("lokala-planer/" + riskPlan).object();
        String measuresTitle = TestRun.unique("Umeås åtgärdsplan för kvalitetsberättelsen");
        long measuresPlan = umea.post("lokala-planer", Json.createObjectBuilder().add("title", measuresTitle).add("shape", "MEASURES")
                .add("status", "ADOPTED").build()).object().getJsonNumber("id").longValue();
        String measureTitle = TestRun.unique("Införa Signs of Safety");
        umea.post("lokala-planer/" + measuresPlan + "/atgarder", Json.createObjectBuilder().add("title", measureTitle).build());
        String draftTitle = TestRun.unique("Umeås utkast till åtgärdsplan");
        long draftPlan = umea.post("lokala-planer", Json.createObjectBuilder().add("title", draftTitle)
                .add("shape", "MEASURES").add("status", "DRAFT").build()).object().getJsonNumber("id").longValue();
        umea.post("lokala-planer/" + draftPlan + "/atgarder", Json.createObjectBuilder().add("title", "Åtgärd i ett utkast").build());

        Periods.during("MONTH", period -> {
            // A measure's latest status is drawn from a period up to the berättelse's year: the berättelse is of a year not before the period's.
            int periodYear = Integer.parseInt(TestDatabase.column("SELECT year FROM reporting_period WHERE id = ?", period).get(0));
            if (year < periodYear) {
                assertThat(umea.delete(address()).status()).isEqualTo(204);
                year = QualityYears.freeOf("2480", periodYear);
                assertThat(umea.post("kvalitetsberattelser", Json.createObjectBuilder().add("year", year).build()).status()).isEqualTo(201);
            }
            long indicator = yearlyIndicator(measuresPlan, "Lex Sarah-rapporter per år", 12, 3);
            saveFigureFromIndicator(indicator);
            JsonObject report = umea.get("rapporter/" + period).object();
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (JsonObject item : report.getJsonArray("items").getValuesAs(JsonObject.class)) {
                var row = ReportBodies.row(item);
                if (item.getString("label").contains(measureTitle)) {
                    row.add("status", "ONGOING").add("light", "YELLOW").add("narrative", "Utbildningen pågår.");
                }
                items.add(row);
            }
            JsonObject body = Json.createObjectBuilder().add("lockVersion", report.getInt("lockVersion")).add("items", items).build();
            JsonObject saved = umea.put("rapporter/" + period, body).object();
            assertThat(umea.post("rapporter/" + period + "/inskickning", saved).status()).isEqualTo(200);

            JsonObject draft = umea.get(address()).object();
            List<JsonObject> register = section(draft, "risks").getJsonArray("riskRegister").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getJsonNumber("planId").longValue() == riskPlan).toList();
            List<JsonObject> risks = riskPlanView.getJsonArray("goals").getValuesAs(JsonObject.class).stream()
                    .flatMap(g -> g.getJsonArray("risks").getValuesAs(JsonObject.class).stream()).toList();
            assertThat(register).extracting(r -> r.getString("number")).as("every risk of the plan, in order")
                    .containsExactlyElementsOf(risks.stream().map(r -> r.getString("number")).toList());
            List<String> periods = risks.stream().flatMap(r -> r.getJsonArray("assessments").getValuesAs(JsonObject.class).stream())
                    .map(a -> a.getString("period")).sorted().toList();
            String then = periods.get(0);
            String now = periods.get(periods.size() - 1);
            for (int i = 0; i < risks.size(); i++) {
                JsonObject risk = risks.get(i);
                JsonObject drawn = register.get(i);
                assertThat(drawn.getString("thenLevel", null)).as("risk " + risk.getString("number") + " then (" + then + ")")
                        .isEqualTo(level(risk, then));
                assertThat(drawn.getString("nowLevel", null)).as("risk " + risk.getString("number") + " now (" + now + ")")
                        .isEqualTo(level(risk, now));
                assertThat(drawn.getJsonArray("measures").getValuesAs(JsonObject.class)).extracting(m -> m.getString("light", null))
                        .as("its measures' traffic lights").containsExactlyElementsOf(risk.getJsonArray("measures")
                                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("status", null)).toList());
            }
            assertThat(register.get(0).getJsonArray("measures")).hasSize(risks.get(0).getJsonArray("measures").size());

            JsonObject improvement = section(draft, "improvements").getJsonArray("improvements").getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getJsonNumber("planId").longValue() == measuresPlan && m.getString("title").equals(measureTitle))
                    .findFirst().orElseThrow(); // the plan's own: earlier runs on a used database leave measures of the same title
            assertThat(improvement.getString("status")).isEqualTo("ONGOING");
            assertThat(improvement.getString("light")).isEqualTo("YELLOW");
            assertThat(improvement.getString("planTitle")).isEqualTo(measuresTitle);
            assertThat(section(draft, "improvements").getJsonArray("improvements").getValuesAs(JsonObject.class))
                    .as("an utkast of a local plan is not yet the kommun's plan: nothing of it is drawn in")
                    .noneMatch(m -> m.getJsonNumber("planId").longValue() == draftPlan);
            String page = new String(umea.download("kvalitet/berattelse.xhtml?ar=" + year).content(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher drawnFrom = java.util.regex.Pattern.compile("id=\"drawn-from-improvements\">(.*?)</p>",
                    java.util.regex.Pattern.DOTALL).matcher(page);
            assertThat(drawnFrom.find()).as("the page says which plans the åtgärder come from").isTrue();
            assertThat(drawnFrom.group(1)).contains("Hämtat från de fastställda lokala planerna", measuresTitle,
                    "Utkast och avslutade planer tas inte med.").doesNotContain(draftTitle);

            JsonObject figure = figures(draft, "deviations").get(0);
            assertThat(figure.getJsonNumber("indicatorId").longValue()).isEqualTo(indicator);
            assertThat(figure.getJsonObject("thisYear").getInt("value")).as("this year, from the indicator").isEqualTo(12);
            assertThat(figure.getJsonObject("lastYear").getInt("value")).as("last year beside it, exact for the kommun").isEqualTo(3);
        });
    }

    @Test
    void a_fastställd_berattelse_is_frozen_in_the_api_and_keeps_what_it_drew_in() {
        long plan = umea.post("lokala-planer", Json.createObjectBuilder().add("title", TestRun.unique("Umeås årsindikatorer"))
                .add("shape", "MEASURES").add("status", "ADOPTED").build()).object().getJsonNumber("id").longValue();
        long indicator = yearlyIndicator(plan, "Registrerade synpunkter", 40, 38);
        saveFigureFromIndicator(indicator);
        Answer futureDate = umea.post(address() + "/faststallande", adoption(LocalDate.now().plusDays(2)));
        assertThat(futureDate.status()).isEqualTo(400);
        assertThat(futureDate.object().getString("field")).isEqualTo("adoptedOn");

        Answer adopted = umea.post(address() + "/faststallande", adoption(LocalDate.now()));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.object().getString("status")).isEqualTo("ADOPTED");
        assertThat(adopted.object().getString("registrationNumber")).isEqualTo("SN-" + year + "-0099");

        Answer change = umea.put(address() + "/avsnitt/introduction", Json.createObjectBuilder().add("lockVersion", 1)
                .add("text", "Ändrad efteråt").build());
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.object().getString("error")).isEqualTo("quality.error.adopted");
        assertThat(change.object().getString("message")).isEqualTo("Kvalitetsberättelsen för " + year + " är fastställd och kan inte ändras.");
        assertThat(umea.post(address() + "/faststallande", adoption(LocalDate.now())).status()).as("fastställd twice").isEqualTo(409);

        umea.post("lokala-planer/" + plan + "/indikatorer", Json.createObjectBuilder().add("id", indicator).add("name", "Registrerade synpunkter")
                .add("unit", "COUNT").add("periodicity", "YEAR").add("lockVersion", lockVersionOfIndicator(plan, indicator))
                .add("rows", Json.createArrayBuilder().add(row(year, 55)).add(row(year - 1, 38))).build());
        JsonObject kept = umea.get(address()).object();
        assertThat(figures(kept, "deviations").get(0).getJsonObject("thisYear").getInt("value"))
                .as("the fastställd berättelse keeps the value it drew in").isEqualTo(40);
        assertThat(kept.getString("decidedBy")).isEqualTo("Socialnämnden");
    }

    @Test
    void drafts_stay_with_the_kommun_and_the_region_reads_the_fastställd_with_small_numbers_withheld() {
        long plan = umea.post("lokala-planer", Json.createObjectBuilder().add("title", TestRun.unique("Umeås årsindikatorer"))
                .add("shape", "MEASURES").add("status", "ADOPTED").build()).object().getJsonNumber("id").longValue();
        saveFigureFromIndicator(yearlyIndicator(plan, "Anmälningar till IVO", 3, 7));

        Answer skelleftea = PortalApi.as("socialchef.skelleftea").get(address());
        Answer missing = PortalApi.as("socialchef.skelleftea").get("kvalitetsberattelser/2480/2100");
        assertThat(skelleftea.status()).isEqualTo(404);
        assertThat(skelleftea.refusal()).as("answered as a berättelse that does not exist").isEqualTo(missing.refusal());
        assertThat(PortalApi.as("granskare.lbu").get(address()).status()).as("LBU: the utkast is not found").isEqualTo(404);
        assertThat(PortalApi.as("samordnare").get("kvalitetsberattelser").array().getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getString("kommunCode").equals("2480") && r.getInt("year") == year);

        // Nor can Skellefteå write Umeå's utkast through its address: answered as not found, and nothing changes.
        PortalApi skellefteaApi = PortalApi.as("socialchef.skelleftea");
        JsonObject umeasForm = umea.get(address() + "/avsnitt/introduction").object();
        JsonObject hostile = Json.createObjectBuilder(umeasForm).add("text", "Skellefteå skriver i Umeås berättelse.").build();
        assertThat(skellefteaApi.put(address() + "/avsnitt/introduction", hostile).status()).as("Skellefteå saving Umeå's section").isEqualTo(404);
        assertThat(skellefteaApi.post(address() + "/faststallande", adoption(LocalDate.now())).status())
                .as("Skellefteå fastställer Umeå's berättelse").isEqualTo(404);
        assertThat(skellefteaApi.post(address() + "/lokal-plan", Json.createObjectBuilder().build()).status())
                .as("Skellefteå carrying Umeå's fokusområden").isIn(400, 404);
        JsonObject umeasNow = umea.get(address()).object();
        assertThat(umeasNow.getString("status")).as("Umeå's berättelse is still an utkast").isEqualTo("DRAFT");
        assertThat(umeasNow.toString()).doesNotContain("Skellefteå skriver");

        Answer adopted = umea.post(address() + "/faststallande", adoption(LocalDate.now()));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        JsonObject read = PortalApi.as("granskare.lbu").get(address()).object();
        JsonObject ivo = figures(read, "deviations").get(0);
        assertThat(ivo.getJsonObject("thisYear").getBoolean("withheld")).isTrue();
        assertThat(ivo.getJsonObject("thisYear").containsKey("value") && !ivo.getJsonObject("thisYear").isNull("value"))
                .as("the exact value never leaves the server").isFalse();
        assertThat(ivo.getJsonObject("lastYear").getInt("value")).isEqualTo(7);
        assertThat(umea.get(address()).object().getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals("deviations")).findFirst().orElseThrow().getJsonArray("figures").getJsonObject(0)
                .getJsonObject("thisYear").getInt("value")).as("Umeå itself sees its exact figure").isEqualTo(3);
    }

    @Test
    void the_coming_years_fokusomraden_become_a_new_local_plans_goals_in_one_step() {
        JsonObject form = umea.get(address() + "/avsnitt/focus-next-year").object();
        JsonObject focus = Json.createObjectBuilder(form).add("entries", Json.createArrayBuilder()
                .add(entry("Barn och unga", "Tidiga insatser i samverkan med skolan"))
                .add(entry("Vuxen", "Bostad först"))).build();
        assertThat(umea.put(address() + "/avsnitt/focus-next-year", focus).status()).isEqualTo(200);
        String title = TestRun.unique("Fokusområden " + (year + 1));

        Answer created = umea.post(address() + "/lokal-plan", Json.createObjectBuilder().add("title", title).build());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject plan = created.object();
        assertThat(plan.getString("title")).isEqualTo(title);
        assertThat(plan.getString("shape")).isEqualTo("RISK_BASED");
        assertThat(plan.getString("status")).isEqualTo("DRAFT");
        assertThat(plan.getJsonArray("goals").getValuesAs(JsonObject.class)).extracting(g -> g.getString("title"), g -> g.getString("focusArea"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Barn och unga", "Tidiga insatser i samverkan med skolan"),
                        org.assertj.core.groups.Tuple.tuple("Vuxen", "Bostad först"));
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE item_type = 'QUALITY_REPORT' AND item_key = ? "
                + "AND field = 'focusCarriedInto'", "2480:" + year)).containsExactly("1");
    }

    @Test
    void a_decision_outside_the_berattelses_year_and_a_berattelse_of_a_year_not_begun_are_refused_at_their_fields() {
        Answer beforeTheYear = umea.post(address() + "/faststallande", adoption(LocalDate.of(year - 1, 12, 31)));
        assertThat(beforeTheYear.status()).as(beforeTheYear.body()).isEqualTo(400);
        assertThat(beforeTheYear.object().getString("field")).isEqualTo("adoptedOn");
        assertThat(beforeTheYear.object().getString("error")).isEqualTo("quality.error.adoptionDateBeforeYear");
        assertThat(beforeTheYear.object().getString("message"))
                .isEqualTo("Beslutsdatumet kan inte ligga före år " + year + ", som kvalitetsberättelsen gäller.");
        Answer tomorrow = umea.post(address() + "/faststallande", adoption(LocalDate.now(STOCKHOLM).plusDays(1)));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.object().getString("error")).isEqualTo("quality.error.adoptionDateInFuture");
        assertThat(umea.get(address()).object().getString("status")).isEqualTo("DRAFT");

        int nextYear = LocalDate.now(STOCKHOLM).getYear() + 1;
        Answer notBegun = umea.post("kvalitetsberattelser", Json.createObjectBuilder().add("year", nextYear).build());
        assertThat(notBegun.status()).as(notBegun.body()).isEqualTo(400);
        assertThat(notBegun.object().getString("field")).isEqualTo("year");
        assertThat(notBegun.object().getString("message"))
                .isEqualTo("En kvalitetsberättelse kan gälla år 2000 till och med i år, inte " + nextYear + ".");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM quality_report WHERE kommun_code = '2480' AND report_year = ?", nextYear))
                .containsExactly("0");
    }

    @Test
    void she_removes_an_utkast_and_no_one_removes_a_fastställd_berattelse_the_example_or_another_kommuns() {
        Answer skelleftea = PortalApi.as("socialchef.skelleftea").delete(address());
        assertThat(skelleftea.status()).as("Skellefteå removing Umeå's utkast").isEqualTo(404);
        assertThat(skelleftea.refusal()).as("answered as a berättelse that does not exist")
                .isEqualTo(PortalApi.as("socialchef.skelleftea").delete("kvalitetsberattelser/2480/2000").refusal());
        assertThat(PortalApi.as("samordnare").delete(address()).status()).as("the region removes no kommun's berättelse").isEqualTo(403);
        assertThat(umea.get(address()).status()).as("still there").isEqualTo(200);

        long auditedBefore = Long.parseLong(TestDatabase.column("SELECT COALESCE(MAX(id), 0) FROM audit_entry").get(0));
        Answer removed = umea.delete(address());

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(umea.get(address()).status()).isEqualTo(404);
        assertThat(umea.get("kvalitetsberattelser").array().getValuesAs(JsonObject.class)).noneMatch(r -> r.getInt("year") == year);
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE item_type = 'QUALITY_REPORT' AND item_key = ? "
                + "AND action = 'DELETE' AND id > ?", "2480:" + year, auditedBefore)).as("the removal is audited, once (the year may be one an earlier test removed)")
                .containsExactly("1");
        assertThat(umea.delete(address()).status()).as("removed twice").isEqualTo(404);

        assertThat(umea.post("kvalitetsberattelser", Json.createObjectBuilder().add("year", year).build()).status())
                .as("the year is free again").isEqualTo(201);
        assertThat(umea.post(address() + "/faststallande", adoption(LocalDate.now(STOCKHOLM))).status()).isEqualTo(200);
        Answer adopted = umea.delete(address());
        assertThat(adopted.status()).isEqualTo(409);
        assertThat(adopted.object().getString("error")).isEqualTo("quality.error.removeAdopted");
        assertThat(adopted.object().getString("message")).isEqualTo("Kvalitetsberättelsen för " + year + " är fastställd och kan inte tas bort.");
        assertThat(umea.get(address()).object().getString("status")).isEqualTo("ADOPTED");

        String vannas = KeycloakUsers.kommunEditor("socialchef.vannas", "2460", "Vera", "Vännäsdotter");
        Answer example = PortalApi.as(vannas).delete("kvalitetsberattelser/2460/2024");
        assertThat(example.status()).as("the demo's example is read only").isEqualTo(409);
        assertThat(example.object().getString("error")).isEqualTo("quality.error.example");
    }

    @Test
    void a_section_refuses_a_personnummer_and_a_section_someone_else_saved_first() {
        JsonObject form = umea.get(address() + "/avsnitt/introduction").object();
        Answer personal = umea.put(address() + "/avsnitt/introduction",
                Json.createObjectBuilder(form).add("text", "Barnet 811218-9876 fick stöd.").build());
        assertThat(personal.status()).isEqualTo(400);
        assertThat(personal.object().getString("field")).isEqualTo("text");

        assertThat(umea.put(address() + "/avsnitt/introduction", Json.createObjectBuilder(form).add("text", "Första texten").build())
                .status()).isEqualTo(200);
        Answer stale = umea.put(address() + "/avsnitt/introduction", Json.createObjectBuilder(form).add("text", "Andra texten").build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getString("error")).isEqualTo("quality.error.changed");
        assertThat(section(umea.get(address()).object(), "introduction").getString("text")).isEqualTo("Första texten");
    }

    /** A risk's level in a period as its plan gives it, or null when it is not assessed then. */
    private static String level(JsonObject risk, String period) {
        return risk.getJsonArray("assessments").getValuesAs(JsonObject.class).stream().filter(a -> a.getString("period").equals(period))
                .map(a -> a.getString("level", null)).findFirst().orElse(null);
    }

    private void saveFigureFromIndicator(long indicator) {
        JsonObject form = umea.get(address() + "/avsnitt/deviations").object();
        JsonObject body = Json.createObjectBuilder(form).add("figures", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("unit", "COUNT").add("indicatorId", indicator))).build();
        Answer saved = umea.put(address() + "/avsnitt/deviations", body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    /** A yearly count indicator of the plan with this year's and last year's values; answers its id. */
    private long yearlyIndicator(long plan, String name, int thisYear, int lastYear) {
        Answer saved = umea.post("lokala-planer/" + plan + "/indikatorer", Json.createObjectBuilder().add("name", name).add("unit", "COUNT")
                .add("periodicity", "YEAR").add("rows", Json.createArrayBuilder().add(row(year, thisYear)).add(row(year - 1, lastYear))).build());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved.object().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private int lockVersionOfIndicator(long plan, long indicator) {
        return umea.get("lokala-planer/" + plan).object().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == indicator).findFirst().orElseThrow().getInt("lockVersion");
    }

    private static JsonObject row(int year, int value) {
        return Json.createObjectBuilder().add("period", String.valueOf(year)).add("value", value).build();
    }

    private static JsonObject entry(String department, String name) {
        return Json.createObjectBuilder().add("list", "ITEMS").add("department", department).add("name", name).build();
    }

    private JsonObject adoption(LocalDate on) {
        return Json.createObjectBuilder().add("adoptedOn", on.toString()).add("decidedBy", "Socialnämnden")
                .add("registrationNumber", "SN-" + year + "-0099").build();
    }

    private static JsonObject section(JsonObject report, String key) {
        return report.getJsonArray("sections").getValuesAs(JsonObject.class).stream().filter(s -> s.getString("key").equals(key))
                .findFirst().orElseThrow();
    }

    private static List<JsonObject> figures(JsonObject report, String key) {
        return section(report, key).getJsonArray("figures").getValuesAs(JsonObject.class);
    }

    private static String nacka() {
        try {
            return Files.readString(Path.of("../ejb/src/main/resources/seed/local-plan-risks-nacka-2020.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
