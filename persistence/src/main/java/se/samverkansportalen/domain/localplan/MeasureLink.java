package se.samverkansportalen.domain.localplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.tenant.KommunOwned;

/** A local measure's link to a regional delmål, by the delmål's item key. */
@Entity
@Table(name = "local_measure_link")
public class MeasureLink extends KommunOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private LocalMeasure measure;

    @Size(max = 36)
    @Column(name = "sub_goal_item_key", nullable = false, length = 36)
    private String subGoalItemKey;

    protected MeasureLink() {
    }

    MeasureLink(LocalMeasure measure, String subGoalItemKey) {
        this.measure = measure;
        this.subGoalItemKey = subGoalItemKey;
    }

    public String getSubGoalItemKey() {
        return subGoalItemKey;
    }
}
