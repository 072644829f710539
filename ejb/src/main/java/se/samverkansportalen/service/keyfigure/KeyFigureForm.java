package se.samverkansportalen.service.keyfigure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import se.samverkansportalen.domain.keyfigure.KeyFigure;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A KPI a kommun starts following, as the form and the API give it: Kolada's id (N00945) and the
 * kommun's title for it.
 */
public class KeyFigureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Pattern(regexp = KeyFigure.KPI_PATTERN, message = "{keyfigure.error.kpi}")
    private String kpi;

    @NotBlank
    @Size(max = KeyFigure.TITLE_MAX)
    @PlainText
    @NoPersonalData
    private String title;

    public KeyFigureForm() {
    }

    public KeyFigureForm(String kpi, String title) {
        setKpi(kpi);
        this.title = title;
    }

    public String getKpi() {
        return kpi;
    }

    /** Kolada's id, with surrounding space taken away and in capitals as Kolada writes it. */
    public void setKpi(String kpi) {
        this.kpi = kpi == null ? null : kpi.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
