package se.samverkansportalen.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;

/**
 * The shared regional utvecklings- och handlingsplan of a region: its förbättringsområden, each
 * with an utvecklingsmål and delmål. One plan per region.
 */
@Entity
@Table(name = "regional_plan")
@NamedQuery(name = RegionalPlan.BY_REGION, query = "SELECT p FROM RegionalPlan p WHERE p.regionCode = :regionCode")
public class RegionalPlan {

    public static final String BY_REGION = "RegionalPlan.byRegion";
    public static final int TITLE_MAX = 300;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false, unique = true, length = 2)
    private String regionCode;

    @Column(name = "region_name", nullable = false, length = NAME_MAX)
    private String regionName;

    @Column(name = "coordinator", length = NAME_MAX)
    private String coordinator;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "background")
    private String background;

    @Column(name = "source")
    private String source;

    @ElementCollection
    @CollectionTable(name = "regional_plan_purpose", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> purposes = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ImprovementArea> areas = new ArrayList<>();

    @Version
    private int version;

    protected RegionalPlan() {
    }

    public RegionalPlan(String regionCode, String regionName, String coordinator, String title) {
        this.regionCode = Texts.required(regionCode, 2, "region code");
        this.regionName = Texts.required(regionName, NAME_MAX, "region name");
        this.coordinator = Texts.optional(coordinator, NAME_MAX, "coordinator");
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    public ImprovementArea addArea(int number, String title, String developmentGoal) {
        if (areas.stream().anyMatch(a -> a.getNumber() == number)) {
            throw new IllegalArgumentException("Förbättringsområde " + number + " already exists in the plan");
        }
        ImprovementArea area = new ImprovementArea(this, number, title, developmentGoal);
        areas.add(area);
        return area;
    }

    public void describe(String background, String source, List<String> purposes) {
        this.background = Texts.optional(background, Integer.MAX_VALUE, "background");
        this.source = Texts.optional(source, Integer.MAX_VALUE, "source");
        this.purposes.clear();
        if (purposes != null) {
            purposes.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).forEach(this.purposes::add);
        }
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

    public List<ImprovementArea> getAreas() {
        return List.copyOf(areas);
    }

    public int getVersion() {
        return version;
    }
}
