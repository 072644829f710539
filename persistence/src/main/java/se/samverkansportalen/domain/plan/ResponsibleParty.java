package se.samverkansportalen.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * One ansvarig as the plan names it ("FoU Välfärd", "Respektive kommun", "Arbetsgrupp/LBU"),
 * and whether the source marked it as depending on decisions and resources (printed in italics).
 */
@Embeddable
public class ResponsibleParty {

    public static final int NAME_MAX = 200;

    @Size(max = NAME_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "depends_on_decision", nullable = false)
    private boolean dependsOnDecision;

    protected ResponsibleParty() {
    }

    public ResponsibleParty(String name, boolean dependsOnDecision) {
        this.name = Texts.required(name, NAME_MAX, "name");
        this.dependsOnDecision = dependsOnDecision;
    }

    public String getName() {
        return name;
    }

    public boolean isDependsOnDecision() {
        return dependsOnDecision;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponsibleParty other
                && name.equals(other.name) && dependsOnDecision == other.dependsOnDecision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dependsOnDecision);
    }

    @Override
    public String toString() {
        return dependsOnDecision ? name + " (beroende av beslut och resurser)" : name;
    }
}
