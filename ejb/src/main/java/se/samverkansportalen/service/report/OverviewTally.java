package se.samverkansportalen.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.service.report.RegionalOverview.ActivityPicture;
import se.samverkansportalen.service.report.RegionalOverview.Bucket;
import se.samverkansportalen.service.report.RegionalOverview.KommunRef;
import se.samverkansportalen.service.report.RegionalOverview.PeriodRef;
import se.samverkansportalen.service.report.RegionalOverview.SubGoalPicture;
import se.samverkansportalen.service.report.RegionalOverview.Tally;
import se.samverkansportalen.service.report.RegionalOverview.TrendPoint;

/**
 * The counting rules of the regional lägesbild ({@link RegionalOverview}), as pure functions of
 * what was read, so that they are tested without a server:
 * <ul>
 * <li><b>What counts.</b> A kommun's traffic light on an item in a period is the one its latest
 * <em>submission</em> of that period's report gave (a report never sent, or sent without a light
 * for the item, is "ingen uppgift"): what a kommun has not sent stays with the kommun.</li>
 * <li><b>A per-kommun aktivitet.</b> Every kommun is counted once: grön, gul, röd or ingen uppgift.</li>
 * <li><b>Local work linked to a delmål.</b> The kommuner that have linked a measure, or a risk
 * (then its measures), of a fastställd local plan to the delmål. A kommun with several such
 * measures is counted once, by the most serious light among them (röd before gul before grön); a
 * measure without a light does not lower it; ingen uppgift only when none of them has one.</li>
 * <li><b>The delmål as a whole</b> (its chart and its trend): every kommun when the delmål has
 * aktiviteter done in every kommun, else the kommuner with linked local work; each counted once by
 * the most serious light of all its items on the delmål (its aktiviteter and its linked work).</li>
 * <li><b>The trend.</b> The delmål as a whole in the chosen period and up to
 * {@link #TREND_PERIODS} − 1 periods of the same kind before it, oldest first. Links are today's:
 * the portal keeps no history of them.</li>
 * </ul>
 * Kommuner are listed in the order given (the directory's, by name).
 */
final class OverviewTally {

    /** How many periods a trend shows, the chosen one included. */
    static final int TREND_PERIODS = 6;

    private OverviewTally() {
    }

    /**
     * What the kommuner's latest submissions said, as the lägesbild counts it: each light is the one
     * the kommun's latest submission for the period gave (null: none), and where several items are
     * read as one, the most serious of their lights ({@link #mostSerious}; {@link #seriousnessSql}
     * is the same order for the database).
     */
    interface Lights {

        /** The light the kommun gave an aktivitet done in every kommun (by item key) in the period; null when none. */
        TrafficLight activity(long periodId, String kommunCode, String activityKey);

        /** The most serious light the kommun gave the delmål's aktiviteter done in every kommun in the period; null when none. */
        TrafficLight activities(long periodId, String kommunCode, String subGoalKey);

        /**
         * The most serious light the kommun gave the local work it has linked to the delmål (its
         * local measures and risk measures) in the period; null when none, or when it linked none.
         */
        TrafficLight linkedWork(long periodId, String kommunCode, String subGoalKey);
    }

    /** A reporting period as the trend needs it. */
    record PeriodFact(long id, PeriodKind kind, LocalDate start, String code) {

        PeriodRef ref() {
            return new PeriodRef(id, code);
        }
    }

    /** A delmål of the plan that applies, with the item keys of its aktiviteter done in every kommun. */
    record SubGoalFact(String itemKey, String number, String text, List<ActivityFact> activities) {
    }

    /** An aktivitet done in every kommun: its key, its number in its delmål (from 1) and its text. */
    record ActivityFact(String itemKey, int position, String text) {
    }

    /** The most serious of the lights (röd, then gul, then grön); null when there is none. */
    static TrafficLight mostSerious(Stream<TrafficLight> lights) {
        return lights.filter(Objects::nonNull).max(Comparator.comparingInt(OverviewTally::seriousness)).orElse(null);
    }

    /** How serious a light is: grön 1, gul 2, röd 3. */
    static int seriousness(TrafficLight light) {
        return switch (light) {
            case GREEN -> 1;
            case YELLOW -> 2;
            case RED -> 3;
        };
    }

    /** The light of a seriousness ({@link #seriousness}); null for 0 or null (no light). */
    static TrafficLight ofSeriousness(Number seriousness) {
        if (seriousness == null || seriousness.intValue() == 0) {
            return null;
        }
        for (TrafficLight light : TrafficLight.values()) {
            if (seriousness(light) == seriousness.intValue()) {
                return light;
            }
        }
        throw new IllegalArgumentException("no light is this serious: " + seriousness);
    }

    /**
     * {@link #seriousness} as an SQL expression of a column holding a light's name ("RED"), so that
     * the database takes the most serious light with {@code MAX} by the same order; NULL for any other
     * value. Written from the enum, so the order is kept in this one place.
     */
    static String seriousnessSql(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (TrafficLight light : TrafficLight.values()) {
            sql.append(" WHEN '").append(light.name()).append("' THEN ").append(seriousness(light));
        }
        return sql.append(" END").toString();
    }

    /** The kommuner concerned, each in the bucket of its light (null: ingen uppgift), in the order given. */
    static Tally tally(List<KommunRef> concerned, java.util.function.Function<KommunRef, TrafficLight> lightOf) {
        Map<TrafficLight, List<KommunRef>> lit = new LinkedHashMap<>();
        List<KommunRef> none = new ArrayList<>();
        for (KommunRef kommun : concerned) {
            TrafficLight light = lightOf.apply(kommun);
            if (light == null) {
                none.add(kommun);
            } else {
                lit.computeIfAbsent(light, l -> new ArrayList<>()).add(kommun);
            }
        }
        return new Tally(bucket(lit.get(TrafficLight.GREEN)), bucket(lit.get(TrafficLight.YELLOW)), bucket(lit.get(TrafficLight.RED)),
                bucket(none));
    }

    private static Bucket bucket(List<KommunRef> kommuner) {
        return kommuner == null ? new Bucket(0, List.of()) : new Bucket(kommuner.size(), List.copyOf(kommuner));
    }

    /**
     * The periods of a trend: the chosen one and the periods of its kind that start before it, at
     * most {@link #TREND_PERIODS} in all, oldest first.
     */
    static List<PeriodFact> trendWindow(List<PeriodFact> all, PeriodFact chosen) {
        List<PeriodFact> earlier = all.stream().filter(p -> p.kind() == chosen.kind() && !p.start().isAfter(chosen.start()))
                .sorted(Comparator.comparing(PeriodFact::start)).toList();
        return earlier.subList(Math.max(0, earlier.size() - TREND_PERIODS), earlier.size());
    }

    /**
     * The picture of one delmål: its per-kommun aktiviteter, its linked local work, the delmål as a
     * whole in the chosen period (the last of {@code window}) and over the window.
     *
     * @param linking the codes of the kommuner that have linked local work (a local measure, a risk
     *        with or without measures) to the delmål
     */
    static SubGoalPicture picture(SubGoalFact subGoal, java.util.Set<String> linking, List<KommunRef> kommuner, List<PeriodFact> window,
            Lights lights) {
        long chosen = window.get(window.size() - 1).id();
        String key = subGoal.itemKey();
        List<KommunRef> linkedKommuner = kommuner.stream().filter(k -> linking.contains(k.code())).toList();
        List<ActivityPicture> activities = subGoal.activities().stream().map(a -> new ActivityPicture(a.itemKey(), a.position(), a.text(),
                tally(kommuner, k -> lights.activity(chosen, k.code(), a.itemKey())))).toList();
        Tally localWork = tally(linkedKommuner, k -> lights.linkedWork(chosen, k.code(), key));
        List<KommunRef> concerned = subGoal.activities().isEmpty() ? linkedKommuner : kommuner;
        List<TrendPoint> trend = window.stream().map(p -> new TrendPoint(p.ref(), tally(concerned, k -> mostSerious(Stream.of(
                lights.activities(p.id(), k.code(), key), lights.linkedWork(p.id(), k.code(), key)))))).toList();
        return new SubGoalPicture(key, subGoal.number(), subGoal.text(), linkedKommuner, localWork, activities,
                trend.get(trend.size() - 1).lights(), trend);
    }
}
