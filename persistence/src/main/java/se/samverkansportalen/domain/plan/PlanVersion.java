package se.samverkansportalen.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * One version of the regional plan: its title, its förbättringsområden and, once fastställd, the
 * decision (date, decided by, diarienummer). Items keep their {@code itemKey} from version to
 * version, so discussions, history and comparisons follow an item across versions.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    public static final int TITLE_MAX = 300;
    public static final int DECIDED_BY_MAX = 200;
    public static final int REGISTRATION_NUMBER_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private RegionalPlan plan;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @PlainText
    @NoPersonalData
    @Column(name = "background")
    private String background;

    @PlainText
    @NoPersonalData
    @Column(name = "source")
    private String source;

    @ElementCollection
    @CollectionTable(name = "plan_version_purpose", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<@PlainText @NoPersonalData String> purposes = new ArrayList<>();

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

    /*
     * Read for one version at a time, not batch fetched across versions: a page shows one version,
     * and its delmål and aktiviteter follow in one statement each (their batch fetch) from that
     * version's areas only, however many versions the plan has. Not IN batch fetched also because
     * RegionalPlan.BY_REGION reads the versions by a fetch join: EclipseLink 4.0 refuses to IN-batch
     * a collection of objects read by a fetch join (QueryException 6169).
     */
    @OneToMany(mappedBy = "planVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ImprovementArea> areas = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected PlanVersion() {
    }

    PlanVersion(RegionalPlan plan, int number, String title) {
        this.plan = plan;
        this.number = number;
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    public ImprovementArea addArea(int number, String title, String developmentGoal) {
        requireDraft();
        if (areas.stream().anyMatch(a -> a.getNumber() == number)) {
            throw new IllegalArgumentException("Förbättringsområde " + number + " already exists in the plan");
        }
        ImprovementArea area = new ImprovementArea(this, number, title, developmentGoal, null);
        areas.add(area);
        return area;
    }

    /**
     * Moves a förbättringsområde up (negative steps) or down (positive). Areas are numbered by
     * their place, so the moved areas get new numbers and their delmål numbers follow ("3.2"
     * becomes "2.2"). {@code writeInterim} writes the interim numbers the database's uniqueness
     * rule needs while two areas swap numbers.
     */
    public void moveArea(ImprovementArea area, int steps, Runnable writeInterim) {
        requireDraft();
        int from = areas.indexOf(area);
        if (from < 0) {
            throw new IllegalArgumentException("The area is not in version " + number);
        }
        int to = Math.max(0, Math.min(areas.size() - 1, from + steps));
        areas.remove(from);
        areas.add(to, area);
        renumberAreas(writeInterim);
    }

    /** Removes a förbättringsområde with its delmål and aktiviteter; the areas after it move up. */
    public void removeArea(ImprovementArea area, Runnable writeInterim) {
        requireDraft();
        if (!areas.remove(area)) {
            throw new IllegalArgumentException("The area is not in version " + number);
        }
        writeInterim.run();
        renumberAreas(writeInterim);
    }

    private void renumberAreas(Runnable writeInterim) {
        java.util.Map<ImprovementArea, Integer> oldNumbers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).getNumber() != i + 1) {
                oldNumbers.put(areas.get(i), areas.get(i).getNumber());
                areas.get(i).holdInterimNumber(-(i + 1));
            }
        }
        if (oldNumbers.isEmpty()) {
            return;
        }
        writeInterim.run();
        oldNumbers.forEach((area, oldNumber) -> area.renumber(-area.getNumber(), oldNumber));
    }

    public void describe(String background, String source, List<String> purposes) {
        requireDraft();
        this.background = Texts.optional(background, Integer.MAX_VALUE, "background");
        this.source = Texts.optional(source, Integer.MAX_VALUE, "source");
        this.purposes.clear();
        if (purposes != null) {
            purposes.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).forEach(this.purposes::add);
        }
    }

    /** Fastställer this utkast: from now on it is frozen. */
    public void adopt(LocalDate adoptedOn, String decidedBy, String registrationNumber) {
        requireDraft();
        if (adoptedOn == null) {
            throw new IllegalArgumentException("An adoption needs its date");
        }
        this.decidedBy = Texts.required(decidedBy, DECIDED_BY_MAX, "decidedBy");
        this.registrationNumber = Texts.optional(registrationNumber, REGISTRATION_NUMBER_MAX, "registrationNumber");
        this.adoptedOn = adoptedOn;
        this.status = PlanStatus.ADOPTED;
    }

    /** Refuses a change to a fastställd version. */
    public void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("Version " + number + " is adopted and cannot change");
        }
    }

    PlanVersion copyAsDraft(int newNumber) {
        PlanVersion copy = new PlanVersion(plan, newNumber, title);
        copy.background = background;
        copy.source = source;
        copy.purposes.addAll(purposes);
        areas.forEach(area -> copy.areas.add(area.copyInto(copy)));
        return copy;
    }

    public Optional<ImprovementArea> area(int number) {
        return areas.stream().filter(a -> a.getNumber() == number).findFirst();
    }

    public Long getId() {
        return id;
    }

    public RegionalPlan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public String getTitle() {
        return title;
    }

    public String getBackground() {
        return background;
    }

    public String getSource() {
        return source;
    }

    public List<String> getPurposes() {
        return List.copyOf(purposes);
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

    public List<ImprovementArea> getAreas() {
        return List.copyOf(areas);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
