package se.samverkansportalen.service.localplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.localplan.LocalMeasure;
import se.samverkansportalen.domain.validation.CalendarDate;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.NumberRule;

/** A measure of a local plan as its edit form holds it; no id means a new measure. */
public class MeasureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long planId;
    private Long id;
    private int lockVersion;
    @Positive
    private Integer number;
    @NotBlank
    @Size(max = LocalMeasure.TITLE_MAX)
    @PlainText
    @NoPersonalData
    private String title;
    @Size(max = LocalMeasure.TEXT_MAX)
    @PlainText
    @NoPersonalData
    private String how;
    @Size(max = LocalMeasure.TEXT_MAX)
    @PlainText
    @NoPersonalData
    private String result;
    @CalendarDate
    private LocalDate dueOn;
    @PositiveOrZero
    @Max(NumberRule.KRONOR_MAX)
    private Long costSek;
    @NotNull
    private List<@NotNull @Size(max = 36) String> subGoalItemKeys = new ArrayList<>();

    public MeasureForm() {
    }

    public MeasureForm(long planId) {
        this.planId = planId;
    }

    static MeasureForm of(long planId, LocalPlanView.Measure measure) {
        MeasureForm form = new MeasureForm(planId);
        form.id = measure.id();
        form.lockVersion = measure.lockVersion();
        form.number = measure.number();
        form.title = measure.title();
        form.how = measure.how();
        form.result = measure.result();
        form.dueOn = measure.dueOn();
        form.costSek = measure.costSek();
        form.subGoalItemKeys = new ArrayList<>(measure.linkedSubGoals().stream().map(LocalPlanView.LinkedSubGoal::itemKey).toList());
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getPlanId() {
        return planId;
    }

    public void setPlanId(long planId) {
        this.planId = planId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(int lockVersion) {
        this.lockVersion = lockVersion;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getCostSek() {
        return costSek;
    }

    public void setCostSek(Long costSek) {
        this.costSek = costSek;
    }

    /** The regional delmål (item keys) the measure is linked to. */
    public List<String> getSubGoalItemKeys() {
        return subGoalItemKeys;
    }

    public void setSubGoalItemKeys(List<String> subGoalItemKeys) {
        this.subGoalItemKeys = subGoalItemKeys == null ? new ArrayList<>() : new ArrayList<>(subGoalItemKeys);
    }
}
