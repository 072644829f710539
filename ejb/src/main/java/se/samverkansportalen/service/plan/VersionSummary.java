package se.samverkansportalen.service.plan;

import java.io.Serializable;
import java.time.LocalDate;

/** A version of the regional plan as the version list shows it. */
public record VersionSummary(int number, boolean draft, LocalDate adoptedOn, String decidedBy,
        String registrationNumber) implements Serializable {
}
