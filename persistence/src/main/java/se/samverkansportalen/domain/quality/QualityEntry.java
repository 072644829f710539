package se.samverkansportalen.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * An entry of one of a section's lists ({@link EntryList}): a good example, a fokusområde or an
 * improvement followed up, per avdelning where the source has them, with its follow-up; or a note,
 * a principle, a frequent kind of avvikelse.
 */
@Entity
@Table(name = "quality_entry")
public class QualityEntry extends KommunOwned {

    public static final int DEPARTMENT_MAX = 200;
    public static final int NAME_MAX = 4000;
    public static final int FOLLOW_UP_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private QualitySection section;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_key", nullable = false, length = 30)
    private EntryList list;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = DEPARTMENT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "department", length = DEPARTMENT_MAX)
    private String department;

    @Size(max = NAME_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "name", nullable = false)
    private String name;

    @Size(max = FOLLOW_UP_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "follow_up")
    private String followUp;

    protected QualityEntry() {
    }

    QualityEntry(QualitySection section, EntryList list, int position, String department, String name, String followUp) {
        this.section = section;
        this.list = Objects.requireNonNull(list, "list");
        this.position = position;
        this.department = Texts.optional(department, DEPARTMENT_MAX, "department");
        this.name = Texts.required(name, NAME_MAX, "name");
        this.followUp = Texts.optional(followUp, FOLLOW_UP_MAX, "followUp");
    }

    public Long getId() {
        return id;
    }

    public EntryList getList() {
        return list;
    }

    public int getPosition() {
        return position;
    }

    public String getDepartment() {
        return department;
    }

    public String getName() {
        return name;
    }

    public String getFollowUp() {
        return followUp;
    }
}
