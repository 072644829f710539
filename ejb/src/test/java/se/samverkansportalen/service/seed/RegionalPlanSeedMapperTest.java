package se.samverkansportalen.service.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.ImprovementArea;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.domain.plan.ResponsibleParty;
import se.samverkansportalen.domain.plan.SubGoal;

/** The Västerbotten plan comes out of its transcription exactly as the source document has it. */
class RegionalPlanSeedMapperTest {

    private final RegionalPlan plan = RegionalPlanSeedMapper.toPlan(
            SeedReader.fromClasspath(SeedReader.REGIONAL_PLAN, SeedReader::regionalPlan));

    @Test
    void theRegionalPlanHasFiveAreasWithTheirDelmal() {
        assertThat(plan.getRegionCode()).isEqualTo("24");
        assertThat(plan.getRegionName()).isEqualTo("Västerbottens län");
        assertThat(plan.latestVersion().getAreas()).extracting(ImprovementArea::getNumber).containsExactly(1, 2, 3, 4, 5);
        assertThat(plan.latestVersion().getAreas()).extracting(a -> a.getSubGoals().size()).containsExactly(3, 4, 5, 4, 6);
        assertThat(plan.latestVersion().getPurposes()).hasSize(2);
    }

    @Test
    void areaThreeIsStrengtheningFosterCareWithDelmal35ForRegion8() {
        ImprovementArea area = plan.latestVersion().getAreas().get(2);
        assertThat(area.getTitle()).isEqualTo("Stärka familjehemsvården");
        assertThat(area.getDevelopmentGoal()).startsWith("Barn och unga skall i högre grad");
        SubGoal delmal = area.subGoal("3.5").orElseThrow();
        assertThat(delmal.getText()).isEqualTo("Försöksprojekt: Skapa en gemensam familjehemsgrupp för kommunerna i Region 8.");
        assertThat(delmal.getResponsible()).extracting(ResponsibleParty::getName).containsExactly("Socialchefer Region 8");
        assertThat(delmal.getTimeframe()).isEqualTo("2017");
        assertThat(delmal.getActivities()).extracting(Activity::getText)
                .containsExactly("Samordning för rekrytering, utredning och utbildning av familjehem.");
    }

    @Test
    void everyAktivitetIsKeptInOrderWithItsPerKommunFlag() {
        SubGoal delmal34 = plan.latestVersion().getAreas().get(2).subGoal("3.4").orElseThrow();
        assertThat(delmal34.getActivities()).extracting(Activity::getText, Activity::isPerKommun).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Regionala utbildningssatsningar för familjehemssekreterare, exempelvis i handledning, handläggning och dokumentation.", false),
                org.assertj.core.groups.Tuple.tuple("Skapa möjligheter för familjehemssekreterarna att ge mer kvalificerat stöd till familjehemmen.", true));
        long activities = plan.latestVersion().getAreas().stream().flatMap(a -> a.getSubGoals().stream())
                .mapToLong(s -> s.getActivities().size()).sum();
        assertThat(activities).isEqualTo(countInFile("\"text\"") - countSubGoalTexts());
    }

    @Test
    void ansvarigaInItalicsAreMarkedAsDependingOnDecision() {
        SubGoal delmal11 = plan.latestVersion().getAreas().get(0).subGoal("1.1").orElseThrow();
        assertThat(delmal11.getResponsible()).containsExactly(
                new ResponsibleParty("Arbetsgrupp från respektive kommun", false),
                new ResponsibleParty("Landstinget lokalt", false),
                new ResponsibleParty("Länsgrupp barn och unga (LBU)", false),
                new ResponsibleParty("FoU Välfärd", true));
        assertThat(delmal11.getTimeframe()).isEqualTo("Våren 2017");
    }

    @Test
    void aktiviteterThatNameTheirOwnAnsvarigaAndTidsramKeepThem() {
        SubGoal delmal13 = plan.latestVersion().getAreas().get(0).subGoal("1.3").orElseThrow();
        assertThat(delmal13.getResponsible()).isEmpty();
        assertThat(delmal13.getActivities()).extracting(Activity::getEffectiveTimeframe)
                .containsExactly("Klart 2017-01-01", "Våren 2017", "Årligen");
        assertThat(delmal13.getActivities().get(0).getEffectiveResponsible()).extracting(ResponsibleParty::getName)
                .containsExactly("FoU Välfärd", "Arbetsgrupp/LBU");
    }

    @Test
    void seOvanCopiesTheAnsvarigaOfTheNamedDelmal() {
        ImprovementArea area4 = plan.latestVersion().getAreas().get(3);
        List<ResponsibleParty> of42 = area4.subGoal("4.2").orElseThrow().getResponsible();
        assertThat(of42).isNotEmpty();
        assertThat(area4.subGoal("4.3").orElseThrow().getResponsible()).isEqualTo(of42);
        assertThat(area4.subGoal("4.4").orElseThrow().getResponsible()).isEqualTo(of42);
    }

    @Test
    void aSeOvanPointingForwardIsRefusedWithItsDelmalNamed() {
        String json = """
                {"region": {"code": "24", "name": "Västerbottens län"},
                 "plan": {"title": "Plan"},
                 "improvementAreas": [{"number": 1, "title": "Område", "developmentGoal": "Mål",
                   "subGoals": [{"number": "1.1", "text": "Delmål", "responsibleSameAs": "1.2",
                                 "activities": [{"text": "Aktivitet"}]}]}]}
                """;
        assertThatThrownBy(() -> RegionalPlanSeedMapper.toPlan(seed(json)))
                .isInstanceOf(SeedFormatException.class)
                .hasMessageContaining("1.1").hasMessageContaining("1.2");
    }

    @Test
    void aDelmalWithoutTextIsRefusedNamingIt() {
        String json = """
                {"region": {"code": "24", "name": "Västerbottens län"},
                 "plan": {"title": "Plan"},
                 "improvementAreas": [{"number": 1, "title": "Område", "developmentGoal": "Mål",
                   "subGoals": [{"number": "1.7", "text": " ", "activities": []}]}]}
                """;
        assertThatThrownBy(() -> RegionalPlanSeedMapper.toPlan(seed(json)))
                .isInstanceOf(SeedFormatException.class).hasMessageContaining("delmål 1.7");
    }

    @Test
    void brokenJsonIsReportedAsAFormatError() {
        assertThatThrownBy(() -> SeedReader.regionalPlan(
                new ByteArrayInputStream("{\"improvementAreas\": [".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SeedFormatException.class);
    }

    private static RegionalPlanSeed seed(String json) {
        return SeedReader.regionalPlan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static long countInFile(String needle) {
        String json = SeedReader.fromClasspath(SeedReader.REGIONAL_PLAN,
                in -> new String(readAll(in), StandardCharsets.UTF_8));
        return json.split(java.util.regex.Pattern.quote(needle), -1).length - 1L;
    }

    private long countSubGoalTexts() {
        return plan.latestVersion().getAreas().stream().mapToLong(a -> a.getSubGoals().size()).sum();
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
