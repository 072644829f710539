package se.samverkansportalen.service.keyfigure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.keyfigure.KeyFigure;
import se.samverkansportalen.domain.keyfigure.KeyFigureValue;
import se.samverkansportalen.domain.keyfigure.ValueSource;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.operations.PortalCounters;
import se.samverkansportalen.service.persistence.ConcurrentWrites;

/**
 * A kommun's editors keep the key figures (nyckeltal) from Kolada their kommun follows: they
 * pick a KPI by Kolada's id with a title, take in its yearly values from Kolada's API or from a
 * file of Kolada's data shape ({@link KoladaData}); {@link IndicatorExport} gives them back out. Every call
 * is bound to the caller's kommun (the default interceptor {@code TenantBinding}); another
 * kommun's key figure is answered like one that does not exist.
 *
 * <p>All or nothing: a file or answer is checked whole before anything is stored. Refused: a KPI
 * followed already, a file for another kommun or with a KPI the kommun does not follow, a year
 * range outside {@value KeyFigureValue#FIRST_YEAR}–this year or over {@value #MAX_YEARS} years,
 * and everything {@link KoladaData} and {@link KoladaClient} refuse. Each value taken in keeps its
 * source (Kolada's address or the file's name) and the day; each change is audited.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class KeyFigures {

    /** At most this many years are asked of Kolada at once. */
    public static final int MAX_YEARS = 20;
    public static final int FILE_NAME_MAX = 200;
    /** The day a value is taken in is Sweden's day. */
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** Message key: the kommun follows the KPI already; argument: the KPI id. */
    public static final String FOLLOWED = "keyfigure.error.followed";
    /** Message key: the file has a KPI the kommun does not follow; arguments: place, KPI id. */
    public static final String NOT_FOLLOWED = "keyfigure.error.notFollowed";
    /** Message key: the file is for another kommun; arguments: place, the file's kommun code, ours. */
    public static final String OTHER_KOMMUN = "keyfigure.error.otherKommun";
    /** Message key: the file has no values. */
    public static final String EMPTY_FILE = "keyfigure.error.emptyFile";
    /** Message key: a year range that is refused; arguments: first allowed year, last, most years. */
    public static final String YEARS = "keyfigure.error.years";
    public static final String NOT_FOUND = "keyfigure.error.notFound";
    /** Message key: another take-in of the same values, or following the same KPI, won a race; no arguments. */
    public static final String AT_THE_SAME_TIME = "keyfigure.error.sameTime";

    /** What a taking-in did: values read, values new or changed, the KPIs they were for. */
    public record TakenIn(int values, int changed, List<String> kpis) {
    }

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    PortalCounters counters;

    @Inject
    CurrentUser user;

    Clock clock = Clock.system(SWEDEN);

    KoladaClient kolada() {
        return KoladaClient.configured();
    }

    /** The kommun's key figures by KPI id, each with its years, newest first. */
    public List<KeyFigureView> ours() {
        return figures().stream().map(KeyFigureView::of).toList();
    }

    /** One key figure of the kommun; another kommun's or none is refused as not found. */
    public KeyFigureView figure(long id) {
        return KeyFigureView.of(find(id));
    }

    /** Starts following a KPI; answers it (no values yet). */
    public KeyFigureView follow(@NotNull @Valid KeyFigureForm form) {
        if (!em.createNamedQuery(KeyFigure.BY_KPI, KeyFigure.class).setParameter("kpi", form.getKpi()).getResultList().isEmpty()) {
            throw InvalidInputRefusal.atField("kpi", FOLLOWED, form.getKpi());
        }
        KeyFigure figure = new KeyFigure(form.getKpi(), form.getTitle());
        em.persist(figure);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConcurrentWrites.lostTo(e)) {
                throw InvalidInputRefusal.atField("kpi", FOLLOWED, form.getKpi());
            }
            throw e;
        }
        audit.created(item(figure), figure.getTitle());
        return KeyFigureView.of(figure);
    }

    /** Stops following a key figure, with its values. */
    public void unfollow(long id) {
        KeyFigure figure = find(id);
        audit.deleted(item(figure), figure.getTitle());
        em.remove(figure);
        em.flush();
    }

    /**
     * Takes in a file of Kolada's data shape: every value in it for the kommun's key figures,
     * replacing what was taken in for the same year and gender.
     *
     * @param file     the file's bytes (UTF-8 JSON)
     * @param fileName the file's name as the user's computer gave it, kept as the values' source
     * @return what was taken in
     */
    public TakenIn importFile(byte[] file, String fileName) {
        String source = fileName == null || fileName.isBlank() ? "fil" : fileName.strip();
        source = source.codePointCount(0, source.length()) > FILE_NAME_MAX ? source.substring(0, source.offsetByCodePoints(0, FILE_NAME_MAX)) : source;
        try {
            List<KoladaData.Reading> readings = KoladaData.read(file).readings();
            if (readings.isEmpty()) {
                throw InvalidInputRefusal.atField("file", EMPTY_FILE);
            }
            return takeIn(readings, ValueSource.FILE, source);
        } catch (Refusal refused) {
            counters.importRefused("kolada-file");
            throw refused;
        }
    }

    /**
     * Asks Kolada for a key figure's values in the kommun for a range of years and takes them in.
     *
     * @param id       the key figure
     * @param fromYear the first year, from {@value KeyFigureValue#FIRST_YEAR}
     * @param toYear   the last year, at most this year and at most {@value #MAX_YEARS} years after
     *                 the first
     * @return what was taken in
     */
    public TakenIn fetch(long id, int fromYear, int toYear) {
        KeyFigure figure = find(id);
        int thisYear = LocalDate.now(clock).getYear();
        if (fromYear < KeyFigureValue.FIRST_YEAR || toYear > thisYear || fromYear > toYear || toYear - fromYear >= MAX_YEARS) {
            throw InvalidInputRefusal.atField("fromYear", YEARS, KeyFigureValue.FIRST_YEAR, thisYear, MAX_YEARS);
        }
        KoladaClient kolada = kolada();
        try {
            List<KoladaData.Reading> readings = kolada.values(figure.getKpi(), kommunCode(),
                    IntStream.rangeClosed(fromYear, toYear).boxed().toList());
            return takeIn(readings, ValueSource.KOLADA, kolada.address());
        } catch (Refusal refused) {
            counters.importRefused("kolada");
            throw refused;
        }
    }

    private TakenIn takeIn(List<KoladaData.Reading> readings, ValueSource source, String sourceName) {
        String kommun = kommunCode();
        Map<String, KeyFigure> byKpi = new LinkedHashMap<>();
        figures().forEach(f -> byKpi.put(f.getKpi(), f));
        for (int i = 0; i < readings.size(); i++) {
            KoladaData.Reading r = readings.get(i);
            if (!r.municipality().equals(kommun)) {
                throw InvalidInputRefusal.atField("file", OTHER_KOMMUN, "värde " + (i + 1), r.municipality(), kommun);
            }
            if (!byKpi.containsKey(r.kpi())) {
                throw InvalidInputRefusal.atField("file", NOT_FOLLOWED, "värde " + (i + 1), r.kpi());
            }
        }
        LocalDate today = LocalDate.now(clock);
        int changed = 0;
        Map<String, Integer> changedPerKpi = new LinkedHashMap<>();
        for (KoladaData.Reading r : readings) {
            if (byKpi.get(r.kpi()).record(r.year(), r.gender(), r.value(), r.status(), source, sourceName, today)) {
                changed++;
                changedPerKpi.merge(r.kpi(), 1, Integer::sum);
            }
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two take-ins of the same figure's new years at once: the later one finds the rows taken.
            if (ConcurrentWrites.lostTo(e)) {
                throw new ConflictRefusal(AT_THE_SAME_TIME);
            }
            throw e;
        }
        for (Map.Entry<String, Integer> kpi : changedPerKpi.entrySet()) {
            audit.changed(item(byKpi.get(kpi.getKey())), "values", null, kpi.getValue() + " · " + sourceName);
        }
        List<String> kpis = new ArrayList<>(readings.stream().map(KoladaData.Reading::kpi).distinct().toList());
        return new TakenIn(readings.size(), changed, List.copyOf(kpis));
    }

    private List<KeyFigure> figures() {
        return em.createNamedQuery(KeyFigure.ALL, KeyFigure.class).getResultList();
    }

    private KeyFigure find(long id) {
        return em.createNamedQuery(KeyFigure.BY_ID, KeyFigure.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundRefusal(NOT_FOUND));
    }

    private String kommunCode() {
        return user.getKommunCode().orElseThrow(() -> new NotFoundRefusal(NOT_FOUND));
    }

    private static AuditedItem item(KeyFigure figure) {
        return new AuditedItem(AuditItemType.KEY_FIGURE, String.valueOf(figure.getId()), figure.getKpi());
    }
}
