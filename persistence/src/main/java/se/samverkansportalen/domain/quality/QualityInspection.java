package se.samverkansportalen.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A control of the egenkontroll ("Kollegial granskning 2024"): the avdelning, how it was done,
 * its control areas, workstreams and starting points (one per line), and its result. A control of
 * every avdelning names none: it is marked ({@link #isAllDepartments}), and the pages and documents
 * say "Alla avdelningar" in their own words; no such words are stored.
 */
@Entity
@Table(name = "quality_inspection")
public class QualityInspection extends KommunOwned {

    public static final int NAME_MAX = 300;
    public static final int DEPARTMENT_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private QualitySection section;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = NAME_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = DEPARTMENT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "department", length = DEPARTMENT_MAX)
    private String department;

    /** A control of every avdelning (then {@code department} is null). */
    @Column(name = "all_departments", nullable = false)
    private boolean allDepartments;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "method")
    private String method;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "result")
    private String result;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "control_areas")
    private String controlAreas;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "workstreams")
    private String workstreams;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "starting_points")
    private String startingPoints;

    protected QualityInspection() {
    }

    QualityInspection(QualitySection section, int position, String name, String department, boolean allDepartments, String method,
            String result, List<String> controlAreas, List<String> workstreams, List<String> startingPoints) {
        this.section = section;
        this.position = position;
        this.name = Texts.required(name, NAME_MAX, "name");
        this.allDepartments = allDepartments;
        this.department = allDepartments ? null : Texts.optional(department, DEPARTMENT_MAX, "department");
        this.method = Texts.optional(method, TEXT_MAX, "method");
        this.result = Texts.optional(result, TEXT_MAX, "result");
        this.controlAreas = lines(controlAreas, "controlAreas");
        this.workstreams = lines(workstreams, "workstreams");
        this.startingPoints = lines(startingPoints, "startingPoints");
    }

    private static String lines(List<String> values, String field) {
        if (values == null) {
            return null;
        }
        return Texts.optional(String.join("\n", values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList()),
                TEXT_MAX, field);
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The avdelning; null for a control of every avdelning ({@link #isAllDepartments}) and for one that names none. */
    public String getDepartment() {
        return department;
    }

    /** Whether the control is of every avdelning. */
    public boolean isAllDepartments() {
        return allDepartments;
    }

    public String getMethod() {
        return method;
    }

    public String getResult() {
        return result;
    }

    public List<String> getControlAreas() {
        return split(controlAreas);
    }

    public List<String> getWorkstreams() {
        return split(workstreams);
    }

    public List<String> getStartingPoints() {
        return split(startingPoints);
    }
}
