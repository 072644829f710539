package se.samverkansportalen.domain.keyfigure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A key figure (nyckeltal) from Kolada that a kommun follows: Kolada's KPI id ("N00945"), the
 * kommun's title for it, and its yearly values per gender, each with its source and the date it
 * was taken in. A year and gender has one value; taking it in again replaces it. A kommun follows
 * a KPI once.
 */
@Entity
@Table(name = "key_figure")
@NamedQuery(name = KeyFigure.ALL, query = "SELECT DISTINCT k FROM KeyFigure k ORDER BY k.kpi")
@NamedQuery(name = KeyFigure.BY_ID, query = "SELECT k FROM KeyFigure k WHERE k.id = :id")
@NamedQuery(name = KeyFigure.BY_KPI, query = "SELECT k FROM KeyFigure k WHERE k.kpi = :kpi")
public class KeyFigure extends KommunOwned {

    /** Query: the kommun's key figures by KPI id. */
    public static final String ALL = "KeyFigure.all";
    /** Query: the kommun's key figure of an id ({@code :id}). */
    public static final String BY_ID = "KeyFigure.byId";
    /** Query: the kommun's key figure of a KPI id ({@code :kpi}). */
    public static final String BY_KPI = "KeyFigure.byKpi";

    /**
     * Kolada's KPI ids: a capital letter and five digits (N00945, U23471); Kolada's own rule, read
     * off its published ids.
     */
    public static final String KPI_PATTERN = "[A-Z]\\d{5}";
    public static final int KPI_MAX = 6;
    public static final int TITLE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = KPI_MAX)
    @Pattern(regexp = KPI_PATTERN, message = "{keyfigure.error.kpi}")
    @Column(name = "kpi", nullable = false, length = KPI_MAX)
    private String kpi;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @JoinFetch(JoinFetchType.OUTER)
    @OneToMany(mappedBy = "keyFigure", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<KeyFigureValue> values = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected KeyFigure() {
    }

    /** A KPI the kommun starts following, with no values yet. */
    public KeyFigure(String kpi, String title) {
        this.kpi = Texts.required(kpi, KPI_MAX, "kpi");
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    /** Gives the key figure the kommun's new title. */
    public void retitle(String title) {
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    /**
     * Takes in a year's value for a gender, replacing the one taken in before.
     *
     * @param value the value as Kolada gives it, in Kolada's unit for the KPI; null when Kolada
     *              has none (its status says why)
     * @return whether anything changed (false when the same value and status from the same source were there already)
     */
    public boolean record(int year, Gender gender, BigDecimal value, String status, ValueSource source, String sourceName,
            LocalDate takenOn) {
        Optional<KeyFigureValue> present = value(year, gender);
        if (present.isPresent()) {
            return present.get().replace(value, status, source, sourceName, takenOn);
        }
        values.add(new KeyFigureValue(this, year, gender, value, status, source, sourceName, takenOn));
        return true;
    }

    /** The value of a year and gender, if one was taken in. */
    public Optional<KeyFigureValue> value(int year, Gender gender) {
        return values.stream().filter(v -> v.getYear() == year && v.getGender() == gender).findFirst();
    }

    /** The values, by year and then gender (T, K, M). */
    public List<KeyFigureValue> values() {
        return values.stream().sorted(Comparator.comparingInt(KeyFigureValue::getYear).thenComparing(KeyFigureValue::getGender)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getKpi() {
        return kpi;
    }

    public String getTitle() {
        return title;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
