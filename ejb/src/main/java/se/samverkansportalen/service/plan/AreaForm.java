package se.samverkansportalen.service.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import se.samverkansportalen.domain.plan.ImprovementArea;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A förbättringsområde as its edit form holds it. {@code number} is 0 for a new area; the lock
 * version and version number are what the form was opened with.
 */
public class AreaForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private int number;
    private int versionNumber;
    private int lockVersion;
    @NotBlank(message = "{plan.error.areaTitleRequired}")
    @Size(max = ImprovementArea.TITLE_MAX)
    @PlainText
    @NoPersonalData
    private String title;
    @NotBlank(message = "{plan.error.developmentGoalRequired}")
    @Size(max = ImprovementArea.GOAL_MAX)
    @PlainText
    @NoPersonalData
    private String developmentGoal;

    public AreaForm() {
    }

    AreaForm(int number, int versionNumber, int lockVersion, String title, String developmentGoal) {
        this.number = number;
        this.versionNumber = versionNumber;
        this.lockVersion = lockVersion;
        this.title = title;
        this.developmentGoal = developmentGoal;
    }

    public boolean isNew() {
        return number == 0;
    }

    public int getNumber() {
        return number;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDevelopmentGoal() {
        return developmentGoal;
    }

    public void setDevelopmentGoal(String developmentGoal) {
        this.developmentGoal = developmentGoal;
    }
}
