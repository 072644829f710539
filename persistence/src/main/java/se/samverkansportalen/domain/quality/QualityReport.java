package se.samverkansportalen.domain.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A kommun's yearly kvalitetsberättelse (SOSFS 2011:9): the account of how the social services
 * assured and developed quality during the year, in sections (inledning … fokusområden). One per
 * kommun and year. An utkast is changed by the kommun's editors; once fastställd (date, nämnd,
 * diarienummer) it is frozen: every change is refused ({@link #ADOPTED_KEY}), and what it showed
 * when it was fastställd, drawn-in parts included, is kept as it was ({@link #getAdoptedContent}).
 * Bound to the kommun that owns it.
 */
@Entity
@Table(name = "quality_report")
@NamedQuery(name = QualityReport.ALL, query = "SELECT r FROM QualityReport r ORDER BY r.year DESC")
@NamedQuery(name = QualityReport.BY_YEAR, query = "SELECT r FROM QualityReport r WHERE r.year = :year")
public class QualityReport extends KommunOwned {

    public static final String ALL = "QualityReport.all";
    public static final String BY_YEAR = "QualityReport.byYear";
    /** The first year of a berättelse ({@link QualityReportYear}) and of a figure in it. */
    public static final int FIRST_YEAR = 2000;
    /** The last year a figure can be given for; a berättelse's own year is at most the current one ({@link QualityReportYear}). */
    public static final int LAST_YEAR = 2100;
    public static final int DECIDED_BY_MAX = 200;
    public static final int REGISTRATION_NUMBER_MAX = 60;
    public static final int SOURCE_MAX = 300;
    public static final int SIGNED_BY_MAX = 200;
    public static final int TEXT_MAX = 4000;
    /** Message key of a change to a fastställd berättelse; argument: its year. */
    public static final String ADOPTED_KEY = "quality.error.adopted";
    /** Message key of an adoption date after today. */
    public static final String ADOPTED_IN_FUTURE = "quality.error.adoptionDateInFuture";
    /** Message key of an adoption date before the berättelse's year began; argument: its year. */
    public static final String ADOPTED_BEFORE_YEAR = "quality.error.adoptionDateBeforeYear";
    /** Message key of removing a fastställd berättelse; argument: its year. */
    public static final String REMOVE_ADOPTED_KEY = "quality.error.removeAdopted";

    /** The sections of a new berättelse, in order, as the SOSFS 2011:9 accounts lay them out. */
    public static final List<StandardSection> STANDARD_SECTIONS = List.of(
            new StandardSection("introduction", SectionKind.TEXT),
            new StandardSection("purpose", SectionKind.TEXT),
            new StandardSection("management-system", SectionKind.TEXT),
            new StandardSection("processes", SectionKind.TEXT),
            new StandardSection("complaints", SectionKind.FIGURES),
            new StandardSection("deviations", SectionKind.FIGURES),
            new StandardSection("risks", SectionKind.RISK_REGISTER),
            new StandardSection("self-inspection", SectionKind.SELF_INSPECTIONS),
            new StandardSection("improvements", SectionKind.FOLLOW_UPS),
            new StandardSection("good-examples", SectionKind.LIST),
            new StandardSection("focus-next-year", SectionKind.LIST));

    /** The section that holds the coming year's fokusområden. */
    public static final String FOCUS_SECTION = "focus-next-year";

    /** A section every new berättelse starts with: its key and kind. */
    public record StandardSection(String key, SectionKind kind) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @QualityReportYear
    @Column(name = "report_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private QualityReportStatus status = QualityReportStatus.DRAFT;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Size(max = DECIDED_BY_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "decided_by", length = DECIDED_BY_MAX)
    private String decidedBy;

    @Size(max = REGISTRATION_NUMBER_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "registration_number", length = REGISTRATION_NUMBER_MAX)
    private String registrationNumber;

    /** Where an example comes from ("Uppsala kommun, socialförvaltningen: Kvalitetsberättelse 2024"). */
    @Size(max = SOURCE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "source_label", length = SOURCE_MAX)
    private String sourceLabel;

    /** Another kommun's real berättelse the demo start shows in a demo kommun: read only. */
    @Column(name = "example", nullable = false)
    private boolean example;

    /** Who signs it (a role, "Förvaltningsdirektör socialförvaltningen"), never a person's name by rule. */
    @Size(max = SIGNED_BY_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "signed_by", length = SIGNED_BY_MAX)
    private String signedBy;

    /** The avdelningar the berättelse speaks for, one per line. */
    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "departments")
    private String departments;

    /** What the berättelse showed when it was fastställd (the service's JSON), drawn-in parts included. */
    @Column(name = "adopted_content")
    private String adoptedContent;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QualitySection> sections = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected QualityReport() {
    }

    /**
     * A berättelse with no sections (the seed reader adds the source's own). Its year is checked
     * where the rule is declared ({@link QualityReportYear}: on the services' parameters, and on this
     * field when it is written).
     */
    public QualityReport(int year) {
        this.year = year;
    }

    /** A new utkast for the year, with the standard sections and nothing in them. */
    public static QualityReport draft(int year) {
        QualityReport report = new QualityReport(year);
        STANDARD_SECTIONS.forEach(s -> report.addSection(s.key(), s.kind(), null));
        return report;
    }

    /** Refuses ({@link #ADOPTED_KEY}, a wrong state) any change once fastställd. */
    public void requireDraft() {
        if (status == QualityReportStatus.ADOPTED) {
            throw new WrongStateRefusal(ADOPTED_KEY, String.valueOf(year));
        }
    }

    public QualitySection addSection(String key, SectionKind kind, String title) {
        requireDraft();
        QualitySection section = new QualitySection(this, sections.size(), key, kind, title);
        sections.add(section);
        return section;
    }

    /** Who signs it and the avdelningar it speaks for. */
    public void describe(String signedBy, List<String> departments) {
        requireDraft();
        this.signedBy = Texts.optional(signedBy, SIGNED_BY_MAX, "signedBy");
        String joined = departments == null ? null
                : String.join("\n", departments.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList());
        this.departments = Texts.optional(joined, TEXT_MAX, "departments");
    }

    public void labelSource(String sourceLabel) {
        requireDraft();
        this.sourceLabel = Texts.optional(sourceLabel, SOURCE_MAX, "sourceLabel");
    }

    /** Marks the berättelse as an example shown for demonstration; there is no way back. */
    public void markAsExample() {
        this.example = true;
    }

    /**
     * Refuses ({@link #REMOVE_ADOPTED_KEY}, a wrong state) removing a fastställd berättelse: once
     * fastställd it is the kommun's decided account, a public document; only an utkast is removed.
     */
    public void requireRemovable() {
        if (status == QualityReportStatus.ADOPTED) {
            throw new WrongStateRefusal(REMOVE_ADOPTED_KEY, String.valueOf(year));
        }
    }

    /**
     * Fastställer the berättelse: the date (not after {@code today}, the caller's today in Sweden,
     * and not before 1 January of the berättelse's year: a decision on the account of a year is
     * taken once that year has begun), the nämnd or decision-maker and the diarienummer, and what
     * it shows now ({@code content}), which is kept as it is. Refused once fastställd
     * ({@link #ADOPTED_KEY}); at {@code adoptedOn}, a date after today ({@link #ADOPTED_IN_FUTURE})
     * and a date before the year ({@link #ADOPTED_BEFORE_YEAR}).
     */
    public void adopt(LocalDate adoptedOn, String decidedBy, String registrationNumber, LocalDate today, String content) {
        requireDraft();
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        if (adoptedOn.isAfter(today)) {
            throw InvalidInputRefusal.atField("adoptedOn", ADOPTED_IN_FUTURE);
        }
        if (adoptedOn.getYear() < year) {
            throw InvalidInputRefusal.atField("adoptedOn", ADOPTED_BEFORE_YEAR, String.valueOf(year));
        }
        this.decidedBy = Texts.required(decidedBy, DECIDED_BY_MAX, "decidedBy");
        this.registrationNumber = Texts.optional(registrationNumber, REGISTRATION_NUMBER_MAX, "registrationNumber");
        this.adoptedOn = adoptedOn;
        this.adoptedContent = Objects.requireNonNull(content, "content");
        this.status = QualityReportStatus.ADOPTED;
    }

    /**
     * Keeps an example shown for demonstration as fastställd, with what it shows ({@code content}):
     * another kommun's real berättelse, whose source gives no decision (date, nämnd, diarienummer)
     * to copy, so none is made up. Only for an example ({@link #markAsExample}).
     */
    public void adoptAsExample(String content) {
        requireDraft();
        if (!example) {
            throw new IllegalStateException("Only an example is kept as fastställd without a decision");
        }
        this.adoptedContent = Objects.requireNonNull(content, "content");
        this.status = QualityReportStatus.ADOPTED;
    }

    public boolean isAdopted() {
        return status == QualityReportStatus.ADOPTED;
    }

    public java.util.Optional<QualitySection> section(String key) {
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public QualityReportStatus getStatus() {
        return status;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public boolean isExample() {
        return example;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public List<String> getDepartments() {
        return departments == null ? List.of() : Arrays.stream(departments.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    /** The content kept when the berättelse was fastställd; null for an utkast. */
    public String getAdoptedContent() {
        return adoptedContent;
    }

    public List<QualitySection> getSections() {
        return List.copyOf(sections);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
