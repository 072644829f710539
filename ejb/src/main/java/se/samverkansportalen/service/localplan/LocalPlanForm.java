package se.samverkansportalen.service.localplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.validation.CalendarDate;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.NumberRule;

/**
 * A local plan's own details as an edit form holds them; {@code lockVersion} is what the form
 * was opened from. Objectives and focus areas are typed one per line. Has no kommun: the kommun
 * is the caller's, from the login token.
 */
public class LocalPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int lockVersion;
    @NotNull
    private LocalPlanShape shape = LocalPlanShape.MEASURES;
    @NotBlank
    @Size(max = LocalPlan.TITLE_MAX)
    @PlainText
    @NoPersonalData
    private String title;
    @Size(max = LocalPlan.REGISTRATION_NUMBER_MAX)
    @PlainText
    @NoPersonalData
    private String registrationNumber;
    @CalendarDate
    private LocalDate decidedOn;
    @Size(max = LocalPlan.DECIDED_BY_MAX)
    @PlainText
    @NoPersonalData
    private String decidedBy;
    @NotNull
    private LocalPlanStatus status = LocalPlanStatus.DRAFT;
    @PositiveOrZero
    @Max(NumberRule.KRONOR_MAX)
    private Long budgetSek;
    @Size(max = LocalPlan.TEXT_MAX)
    @PlainText
    @NoPersonalData
    private String objectives;
    @Size(max = LocalPlan.TEXT_MAX)
    @PlainText
    @NoPersonalData
    private String focusAreas;

    public LocalPlanForm() {
    }

    static LocalPlanForm of(LocalPlanView plan) {
        LocalPlanForm form = new LocalPlanForm();
        form.id = plan.id();
        form.lockVersion = plan.lockVersion();
        form.shape = plan.shape();
        form.title = plan.title();
        form.registrationNumber = plan.registrationNumber();
        form.decidedOn = plan.decidedOn();
        form.decidedBy = plan.decidedBy();
        form.status = plan.status();
        form.budgetSek = plan.budgetSek();
        form.objectives = String.join("\n", plan.objectives());
        form.focusAreas = String.join("\n", plan.focusAreas());
        return form;
    }

    public boolean isNew() {
        return id == null;
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

    public LocalPlanShape getShape() {
        return shape;
    }

    public void setShape(LocalPlanShape shape) {
        this.shape = shape;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public LocalPlanStatus getStatus() {
        return status;
    }

    public void setStatus(LocalPlanStatus status) {
        this.status = status;
    }

    public Long getBudgetSek() {
        return budgetSek;
    }

    public void setBudgetSek(Long budgetSek) {
        this.budgetSek = budgetSek;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(String focusAreas) {
        this.focusAreas = focusAreas;
    }
}
