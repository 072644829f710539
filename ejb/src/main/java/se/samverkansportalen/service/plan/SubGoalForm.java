package se.samverkansportalen.service.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.ResponsibleParty;
import se.samverkansportalen.domain.plan.SubGoal;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A delmål as an edit form holds it: what the user types, and what the delmål said when the form
 * was opened (the {@code original*} fields and {@code lockVersion}), which is how a concurrent
 * change by someone else is recognised.
 */
public class SubGoalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String itemKey;
    private int versionNumber;
    private int lockVersion;
    private int areaNumber;
    private String areaTitle;
    @NotBlank(message = "{plan.error.numberRequired}")
    @Pattern(regexp = "\\s*\\d{1,2}\\.\\d{1,2}\\s*", message = "{plan.error.numberFormat}")
    private String number;
    @NotBlank(message = "{plan.error.textRequired}")
    @Size(max = SubGoal.TEXT_MAX)
    @PlainText
    @NoPersonalData
    private String text;
    @Size(max = SubGoal.TIMEFRAME_MAX)
    @PlainText
    @NoPersonalData
    private String timeframe;
    private String originalNumber;
    private String originalText;
    private String originalTimeframe;
    @NotNull
    @Valid
    private List<@NotNull ActivityForm> activities = new ArrayList<>();
    @NotNull
    private List<@Size(max = ResponsibleParty.NAME_MAX) @PlainText @NoPersonalData String> responsible = new ArrayList<>();

    /** An aktivitet row of the form. */
    public static class ActivityForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String itemKey;
        @NotBlank(message = "{plan.error.activityTextRequired}")
        @Size(max = Activity.TEXT_MAX)
        @PlainText
        @NoPersonalData
        private String text;
        private boolean perKommun;
        private boolean dependsOnDecision;
        @Size(max = SubGoal.TIMEFRAME_MAX)
        @PlainText
        @NoPersonalData
        private String timeframe;
        @NotNull
        private List<@Size(max = ResponsibleParty.NAME_MAX) @PlainText @NoPersonalData String> responsible = new ArrayList<>();

        public ActivityForm() {
        }

        public ActivityForm(String itemKey, String text, boolean perKommun, boolean dependsOnDecision) {
            this(itemKey, text, perKommun, dependsOnDecision, null, List.of());
        }

        public ActivityForm(String itemKey, String text, boolean perKommun, boolean dependsOnDecision,
                String timeframe, List<String> responsible) {
            this.itemKey = itemKey;
            this.text = text;
            this.perKommun = perKommun;
            this.dependsOnDecision = dependsOnDecision;
            this.timeframe = timeframe;
            this.responsible = new ArrayList<>(responsible);
        }

        /** The aktivitet's own tidsram; empty means the delmål's applies. */
        public String getTimeframe() {
            return timeframe;
        }

        public void setTimeframe(String timeframe) {
            this.timeframe = timeframe;
        }

        /** The aktivitet's own ansvariga by name; none means the delmål's apply. */
        public List<String> getResponsible() {
            return responsible;
        }

        public void setResponsible(List<String> responsible) {
            this.responsible = responsible == null ? new ArrayList<>() : new ArrayList<>(responsible);
        }

        public String getItemKey() {
            return itemKey;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isPerKommun() {
            return perKommun;
        }

        public void setPerKommun(boolean perKommun) {
            this.perKommun = perKommun;
        }

        public boolean isDependsOnDecision() {
            return dependsOnDecision;
        }

        public void setDependsOnDecision(boolean dependsOnDecision) {
            this.dependsOnDecision = dependsOnDecision;
        }
    }

    SubGoalForm(String itemKey, int versionNumber, int lockVersion, int areaNumber, String areaTitle, String number,
            String text, String timeframe, List<ActivityForm> activities, List<String> responsible) {
        this.itemKey = itemKey;
        this.versionNumber = versionNumber;
        this.lockVersion = lockVersion;
        this.areaNumber = areaNumber;
        this.areaTitle = areaTitle;
        this.number = number;
        this.text = text;
        this.timeframe = timeframe;
        this.originalNumber = number;
        this.originalText = text;
        this.originalTimeframe = timeframe;
        this.activities = new ArrayList<>(activities);
        this.responsible = new ArrayList<>(responsible);
    }

    public String getItemKey() {
        return itemKey;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public int getAreaNumber() {
        return areaNumber;
    }

    public String getAreaTitle() {
        return areaTitle;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTimeframe() {
        return timeframe;
    }

    public void setTimeframe(String timeframe) {
        this.timeframe = timeframe;
    }

    public String getOriginalNumber() {
        return originalNumber;
    }

    public String getOriginalText() {
        return originalText;
    }

    public String getOriginalTimeframe() {
        return originalTimeframe;
    }

    /** The ansvariga chosen for the delmål, by name, in the order they are listed. */
    public List<String> getResponsible() {
        return responsible;
    }

    public void setResponsible(List<String> responsible) {
        this.responsible = responsible == null ? new ArrayList<>() : new ArrayList<>(responsible);
    }

    public List<ActivityForm> getActivities() {
        return activities;
    }

    /**
     * Takes the current state of the delmål as the new starting point, keeping what the user typed:
     * after a conflict the user has seen the other's change and may save their own over it.
     */
    public void rebaseOn(SubGoalForm current) {
        this.versionNumber = current.versionNumber;
        this.lockVersion = current.lockVersion;
        this.originalNumber = current.number;
        this.originalText = current.text;
        this.originalTimeframe = current.timeframe;
    }
}
