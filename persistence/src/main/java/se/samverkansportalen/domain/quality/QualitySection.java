package se.samverkansportalen.domain.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A section of a kvalitetsberättelse ("Synpunkter"): its key (the same in every kommun's
 * berättelse, {@code complaints}), its kind, the source's own title when it has one (otherwise
 * the pages name it by its key), the kommun's text, and what it holds: figures, lists and the
 * controls of the egenkontroll. Every change is refused once the berättelse is fastställd.
 */
@Entity
@Table(name = "quality_section")
public class QualitySection extends KommunOwned {

    public static final int KEY_MAX = 40;
    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private QualityReport report;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = KEY_MAX)
    @Column(name = "section_key", nullable = false, length = KEY_MAX)
    private String sectionKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SectionKind kind;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", length = TITLE_MAX)
    private String title;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "text")
    private String text;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QualityFigure> figures = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QualityEntry> entries = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QualityInspection> inspections = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected QualitySection() {
    }

    QualitySection(QualityReport report, int position, String key, SectionKind kind, String title) {
        this.report = report;
        this.position = position;
        this.sectionKey = Texts.required(key, KEY_MAX, "key");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Texts.optional(title, TITLE_MAX, "title");
    }

    /** The kommun's own text of the section. */
    public void write(String text) {
        report.requireDraft();
        this.text = Texts.optional(text, TEXT_MAX, "text");
    }

    /**
     * Adds a figure: typed ({@code value} for {@code year}, null year for a figure the source gives
     * for no single year) or, with {@code indicatorId}, drawn from a yearly indicator of the kommun.
     */
    public QualityFigure addFigure(String name, IndicatorUnit unit, Integer year, BigDecimal value, String periodNote,
            boolean approximate, Long indicatorId) {
        report.requireDraft();
        QualityFigure figure = new QualityFigure(this, figures.size(), name, unit, year, value, periodNote, approximate, indicatorId);
        figures.add(figure);
        return figure;
    }

    public QualityEntry addEntry(EntryList list, String department, String name, String followUp) {
        report.requireDraft();
        int position = (int) entries.stream().filter(e -> e.getList() == list).count();
        QualityEntry entry = new QualityEntry(this, list, position, department, name, followUp);
        entries.add(entry);
        return entry;
    }

    /**
     * Adds a control of the egenkontroll: of one avdelning ({@code department}, or none named), or of
     * every avdelning ({@code allDepartments}: then no avdelning is kept, whatever {@code department} holds).
     */
    public QualityInspection addInspection(String name, String department, boolean allDepartments, String method, String result,
            List<String> controlAreas, List<String> workstreams, List<String> startingPoints) {
        report.requireDraft();
        QualityInspection inspection = new QualityInspection(this, inspections.size(), name, department, allDepartments, method, result,
                controlAreas, workstreams, startingPoints);
        inspections.add(inspection);
        return inspection;
    }

    /** Removes every figure, entry and control, before the section is written anew from a form. */
    public void clearContents() {
        report.requireDraft();
        figures.clear();
        entries.clear();
        inspections.clear();
    }

    public Long getId() {
        return id;
    }

    public QualityReport getReport() {
        return report;
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return sectionKey;
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public List<QualityFigure> getFigures() {
        return List.copyOf(figures);
    }

    public List<QualityEntry> getEntries() {
        return List.copyOf(entries);
    }

    /** The entries of one list, in order. */
    public List<QualityEntry> entries(EntryList list) {
        return entries.stream().filter(e -> e.getList() == list).sorted(java.util.Comparator.comparingInt(QualityEntry::getPosition)).toList();
    }

    public List<QualityInspection> getInspections() {
        return List.copyOf(inspections);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
