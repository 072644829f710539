package se.samverkansportalen.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.service.report.OverviewTally.ActivityFact;
import se.samverkansportalen.service.report.OverviewTally.PeriodFact;
import se.samverkansportalen.service.report.OverviewTally.SubGoalFact;
import se.samverkansportalen.service.report.RegionalOverview.KommunRef;
import se.samverkansportalen.service.report.RegionalOverview.SubGoalPicture;
import se.samverkansportalen.service.report.RegionalOverview.Tally;

/** The lägesbild's counting rules: who is counted, by which light, and over which periods. */
class OverviewTallyTest {

    private static final KommunRef UMEA = new KommunRef("2480", "Umeå");
    private static final KommunRef SKELLEFTEA = new KommunRef("2482", "Skellefteå");
    private static final KommunRef STORUMAN = new KommunRef("2421", "Storuman");
    private static final KommunRef VANNAS = new KommunRef("2460", "Vännäs");
    private static final List<KommunRef> KOMMUNER = List.of(SKELLEFTEA, STORUMAN, UMEA, VANNAS);

    private static final PeriodFact T1 = new PeriodFact(11, PeriodKind.TERTIAL, LocalDate.of(2026, 1, 1), "2026-T1");
    private static final PeriodFact T2 = new PeriodFact(12, PeriodKind.TERTIAL, LocalDate.of(2026, 5, 1), "2026-T2");

    private static final ReportSubmissions.ItemRef MEASURE_7 = new ReportSubmissions.ItemRef(ItemType.LOCAL_MEASURE, "7");
    private static final ReportSubmissions.ItemRef MEASURE_8 = new ReportSubmissions.ItemRef(ItemType.LOCAL_MEASURE, "8");
    private static final ReportSubmissions.ItemRef RISK_MEASURE_9 = new ReportSubmissions.ItemRef(ItemType.RISK_MEASURE, "9");

    /** What the kommuner sent, by period, kommun and item. */
    private final Map<String, TrafficLight> sent = new HashMap<>();
    /** The delmål of each aktivitet done in every kommun, and each kommun's linked work by delmål. */
    private final Map<String, String> subGoalOf = new HashMap<>();
    private final Map<String, Map<String, List<ReportSubmissions.ItemRef>>> linkedWork = new HashMap<>();

    private void sent(PeriodFact period, KommunRef kommun, ReportSubmissions.ItemRef item, TrafficLight light) {
        sent.put(period.id() + kommun.code() + item, light);
    }

    private static ReportSubmissions.ItemRef ref(ActivityFact activity) {
        return new ReportSubmissions.ItemRef(ItemType.REGIONAL_ACTIVITY, activity.itemKey());
    }

    private SubGoalFact subGoal(String key, ActivityFact... activities) {
        for (ActivityFact activity : activities) {
            subGoalOf.put(activity.itemKey(), key);
        }
        return new SubGoalFact(key, key.replace("delmal-", "") + ".1", "Delmål", List.of(activities));
    }

    private java.util.Set<String> linked(String subGoal, Map<String, List<ReportSubmissions.ItemRef>> byKommun) {
        linkedWork.put(subGoal, byKommun);
        return byKommun.keySet();
    }

    /**
     * The lights item by item, as the database reads them for the lägesbild: an aktivitet's own
     * light, and the most serious light of a delmål's aktiviteter and of a kommun's linked work.
     */
    private final OverviewTally.Lights lights = new OverviewTally.Lights() {

        @Override
        public TrafficLight activity(long period, String kommun, String activityKey) {
            return sent.get(period + kommun + new ReportSubmissions.ItemRef(ItemType.REGIONAL_ACTIVITY, activityKey));
        }

        @Override
        public TrafficLight activities(long period, String kommun, String subGoalKey) {
            return OverviewTally.mostSerious(subGoalOf.entrySet().stream().filter(e -> e.getValue().equals(subGoalKey))
                    .map(e -> activity(period, kommun, e.getKey())));
        }

        @Override
        public TrafficLight linkedWork(long period, String kommun, String subGoalKey) {
            return OverviewTally.mostSerious(linkedWork.getOrDefault(subGoalKey, Map.of()).getOrDefault(kommun, List.of()).stream()
                    .map(item -> sent.get(period + kommun + item)));
        }
    };

    @Test
    void theMostSeriousLightIsRedThenYellowThenGreenAndNothingIsNoLight() {
        assertThat(OverviewTally.mostSerious(Stream.of(TrafficLight.GREEN, null, TrafficLight.RED, TrafficLight.YELLOW)))
                .isEqualTo(TrafficLight.RED);
        assertThat(OverviewTally.mostSerious(Stream.of(TrafficLight.GREEN, TrafficLight.YELLOW))).isEqualTo(TrafficLight.YELLOW);
        assertThat(OverviewTally.mostSerious(Stream.of(null, TrafficLight.GREEN))).isEqualTo(TrafficLight.GREEN);
        assertThat(OverviewTally.mostSerious(Stream.of((TrafficLight) null))).isNull();
        assertThat(OverviewTally.mostSerious(Stream.empty())).isNull();
    }

    @Test
    void theDatabaseTakesTheMostSeriousLightByTheSameOrderAndItsAnswerIsReadBack() {
        assertThat(OverviewTally.seriousnessSql("l.light")).isEqualTo("CASE l.light WHEN 'GREEN' THEN 1 WHEN 'YELLOW' THEN 2 WHEN 'RED' THEN 3 END");
        for (TrafficLight light : TrafficLight.values()) {
            assertThat(OverviewTally.ofSeriousness(OverviewTally.seriousness(light))).isEqualTo(light);
        }
        assertThat(OverviewTally.ofSeriousness(null)).isNull();
        assertThat(OverviewTally.ofSeriousness(0)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OverviewTally.ofSeriousness(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyKommunConcernedIsCountedOnceInTheBucketOfItsLightInTheGivenOrder() {
        Map<KommunRef, TrafficLight> lit = Map.of(UMEA, TrafficLight.RED, SKELLEFTEA, TrafficLight.GREEN, VANNAS, TrafficLight.RED);

        Tally tally = OverviewTally.tally(KOMMUNER, lit::get);

        assertThat(tally.green().count()).isEqualTo(1);
        assertThat(tally.green().kommuner()).containsExactly(SKELLEFTEA);
        assertThat(tally.yellow().count()).isZero();
        assertThat(tally.yellow().kommuner()).isEmpty();
        assertThat(tally.red().kommuner()).containsExactly(UMEA, VANNAS);
        assertThat(tally.none().kommuner()).containsExactly(STORUMAN);
        assertThat(tally.total()).isEqualTo(4);
    }

    @Test
    void anAktivitetDoneInEveryKommunCountsEveryKommunAndWhatWasNotSentIsNoLight() {
        ActivityFact activity = new ActivityFact("akt-1", 2, "Inför BBIC");
        sent(T2, UMEA, ref(activity), TrafficLight.YELLOW);
        sent(T2, STORUMAN, ref(activity), TrafficLight.GREEN);
        sent(T1, VANNAS, ref(activity), TrafficLight.RED); // another period: not this one's

        SubGoalPicture picture = OverviewTally.picture(subGoal("delmal-1", activity), java.util.Set.of(), KOMMUNER, List.of(T1, T2), lights);

        Tally lights = picture.activities().get(0).lights();
        assertThat(picture.activities().get(0).position()).isEqualTo(2);
        assertThat(lights.green().kommuner()).containsExactly(STORUMAN);
        assertThat(lights.yellow().kommuner()).containsExactly(UMEA);
        assertThat(lights.red().count()).isZero();
        assertThat(lights.none().kommuner()).containsExactly(SKELLEFTEA, VANNAS);
        assertThat(picture.linkedKommuner()).isEmpty();
        assertThat(picture.localWork().total()).isZero();
    }

    @Test
    void linkedLocalWorkCountsEachLinkingKommunOnceByItsMostSeriousMeasure() {
        java.util.Set<String> linked = linked("delmal-2", Map.of(
                UMEA.code(), List.of(MEASURE_7, MEASURE_8),
                VANNAS.code(), List.of(RISK_MEASURE_9),
                STORUMAN.code(), List.of())); // a risk linked without measures
        sent(T2, UMEA, MEASURE_7, TrafficLight.GREEN);
        sent(T2, UMEA, MEASURE_8, TrafficLight.RED);
        // Vännäs sent nothing on its risk measure

        SubGoalPicture picture = OverviewTally.picture(subGoal("delmal-2"), linked, KOMMUNER, List.of(T1, T2), lights);

        assertThat(picture.linkedKommuner()).containsExactly(STORUMAN, UMEA, VANNAS);
        assertThat(picture.localWork().red().kommuner()).containsExactly(UMEA);
        assertThat(picture.localWork().green().count()).isZero();
        assertThat(picture.localWork().none().kommuner()).containsExactly(STORUMAN, VANNAS);
        assertThat(picture.localWork().total()).as("only the kommuner that linked work").isEqualTo(3);
        assertThat(picture.overall()).as("a delmål without aktiviteter in every kommun concerns the linking kommuner")
                .isEqualTo(picture.localWork());
    }

    @Test
    void theDelmalAsAWholeCountsEveryKommunByTheMostSeriousOfItsAktiviteterAndLinkedWork() {
        ActivityFact first = new ActivityFact("akt-1", 1, "Första");
        ActivityFact second = new ActivityFact("akt-2", 2, "Andra");
        sent(T2, UMEA, ref(first), TrafficLight.GREEN);
        sent(T2, UMEA, MEASURE_7, TrafficLight.YELLOW);
        sent(T2, SKELLEFTEA, ref(first), TrafficLight.GREEN);
        sent(T2, SKELLEFTEA, ref(second), TrafficLight.GREEN);
        sent(T2, VANNAS, ref(second), TrafficLight.RED);

        SubGoalPicture picture = OverviewTally.picture(subGoal("delmal-3", first, second),
                linked("delmal-3", Map.of(UMEA.code(), List.of(MEASURE_7))), KOMMUNER, List.of(T1, T2), lights);

        assertThat(picture.overall().green().kommuner()).containsExactly(SKELLEFTEA);
        assertThat(picture.overall().yellow().kommuner()).containsExactly(UMEA);
        assertThat(picture.overall().red().kommuner()).containsExactly(VANNAS);
        assertThat(picture.overall().none().kommuner()).containsExactly(STORUMAN);
        assertThat(picture.activities()).extracting(a -> a.lights().green().count()).containsExactly(2, 1);
    }

    @Test
    void theTrendShowsTheDelmalAsAWholeInEachPeriodOfTheWindowOldestFirstEndingWithTheChosenPeriod() {
        ActivityFact activity = new ActivityFact("akt-1", 1, "Aktivitet");
        sent(T1, UMEA, ref(activity), TrafficLight.RED);
        sent(T2, UMEA, ref(activity), TrafficLight.GREEN);
        sent(T2, VANNAS, ref(activity), TrafficLight.GREEN);

        SubGoalPicture picture = OverviewTally.picture(subGoal("delmal-4", activity), java.util.Set.of(), KOMMUNER, List.of(T1, T2), lights);

        assertThat(picture.trend()).extracting(p -> p.period().code()).containsExactly("2026-T1", "2026-T2");
        assertThat(picture.trend().get(0).lights().red().kommuner()).containsExactly(UMEA);
        assertThat(picture.trend().get(0).lights().none().count()).isEqualTo(3);
        assertThat(picture.trend().get(1).lights().green().kommuner()).containsExactly(UMEA, VANNAS);
        assertThat(picture.trend().get(1).lights()).isEqualTo(picture.overall());
    }

    @Test
    void theTrendWindowHoldsTheChosenPeriodAndUpToFiveEarlierOfTheSameKindOldestFirst() {
        List<PeriodFact> all = new java.util.ArrayList<>();
        long id = 1;
        for (int year = 2023; year <= 2026; year++) {
            for (int t = 1; t <= 3; t++) {
                all.add(new PeriodFact(id++, PeriodKind.TERTIAL, LocalDate.of(year, (t - 1) * 4 + 1, 1), year + "-T" + t));
            }
        }
        PeriodFact month = new PeriodFact(99, PeriodKind.MONTH, LocalDate.of(2025, 6, 1), "2025-06");
        all.add(month);
        java.util.Collections.shuffle(all, new java.util.Random(14));
        PeriodFact chosen = all.stream().filter(p -> p.code().equals("2025-T3")).findFirst().orElseThrow();

        assertThat(OverviewTally.trendWindow(all, chosen)).extracting(PeriodFact::code)
                .containsExactly("2024-T1", "2024-T2", "2024-T3", "2025-T1", "2025-T2", "2025-T3");
        assertThat(OverviewTally.trendWindow(all, all.stream().filter(p -> p.code().equals("2023-T2")).findFirst().orElseThrow()))
                .extracting(PeriodFact::code).containsExactly("2023-T1", "2023-T2");
        assertThat(OverviewTally.trendWindow(all, month)).as("months are not mixed with tertials").containsExactly(month);
    }
}
