package se.samverkansportalen.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * The shared regional utvecklings- och handlingsplan of a region, as a series of versions: each
 * version is an utkast or fastställd; an adopted version is never changed, a new utkast is made
 * from it instead. One plan per region.
 */
@Entity
@Table(name = "regional_plan")
// The versions come in the same statement, in their order (every reader of the plan decides by them which
// version applies); a fetch join does not apply the mapping's @OrderBy, so the query orders them.
@NamedQuery(name = RegionalPlan.BY_REGION,
        query = "SELECT p FROM RegionalPlan p LEFT JOIN FETCH p.versions v WHERE p.regionCode = :regionCode ORDER BY v.number")
public class RegionalPlan {

    public static final String BY_REGION = "RegionalPlan.byRegion";
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 2)
    @Column(name = "region_code", nullable = false, unique = true, length = 2)
    private String regionCode;

    @Size(max = NAME_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "region_name", nullable = false, length = NAME_MAX)
    private String regionName;

    @Size(max = NAME_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "coordinator", length = NAME_MAX)
    private String coordinator;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected RegionalPlan() {
    }

    public RegionalPlan(String regionCode, String regionName, String coordinator) {
        this.regionCode = Texts.required(regionCode, 2, "regionCode");
        this.regionName = Texts.required(regionName, NAME_MAX, "regionName");
        this.coordinator = Texts.optional(coordinator, NAME_MAX, "coordinator");
    }

    /** Starts the plan's first version, an utkast. */
    public PlanVersion startFirstVersion(String title) {
        if (!versions.isEmpty()) {
            throw new IllegalStateException("The plan already has versions");
        }
        PlanVersion first = new PlanVersion(this, 1, title);
        versions.add(first);
        return first;
    }

    /** The newest version: the utkast being worked on, or the last fastställd one. */
    public PlanVersion latestVersion() {
        return versions.stream().max(Comparator.comparingInt(PlanVersion::getNumber))
                .orElseThrow(() -> new IllegalStateException("The plan has no version"));
    }

    /** The most recently adopted version, if any. */
    public Optional<PlanVersion> adoptedVersion() {
        return versions.stream().filter(v -> v.getStatus() == PlanStatus.ADOPTED)
                .max(Comparator.comparingInt(PlanVersion::getNumber));
    }

    /**
     * The version coordinators change: the open utkast, or a new utkast copied from the latest
     * fastställd version when there is none.
     */
    public PlanVersion editableVersion() {
        PlanVersion latest = latestVersion();
        if (latest.getStatus() == PlanStatus.DRAFT) {
            return latest;
        }
        PlanVersion draft = latest.copyAsDraft(latest.getNumber() + 1);
        versions.add(draft);
        return draft;
    }

    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionName() {
        return regionName;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public List<PlanVersion> getVersions() {
        return List.copyOf(versions);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
