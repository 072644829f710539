package se.samverkansportalen.service.quality;

import java.io.Serializable;
import java.time.LocalDate;
import se.samverkansportalen.domain.quality.QualityReportStatus;

/** A kvalitetsberättelse in a list: whose, which year, utkast or fastställd and its decision. */
public record QualityReportSummary(String kommunCode, String kommunName, int year, QualityReportStatus status,
        LocalDate adoptedOn, String decidedBy, String registrationNumber, String sourceLabel, boolean example)
        implements Serializable {
}
