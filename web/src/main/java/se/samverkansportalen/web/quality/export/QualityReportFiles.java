package se.samverkansportalen.web.quality.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.web.Messages;

/** The kvalitetsberättelse's downloads: their media types, file names and {@code Content-Disposition}. */
public final class QualityReportFiles {

    /** The PDF's media type. */
    public static final String PDF = "application/pdf";

    /** The language of the API's file names (and of the documents themselves). */
    public static final Locale SWEDISH = QualityReportTexts.SWEDISH;

    private QualityReportFiles() {
    }

    /**
     * A download's file name, without extension, in a reader's language
     * ({@code quality.export.fileName}: "kvalitetsberattelse-2024-Vännäs", in English "quality-report-2024-Vännäs").
     */
    public static String fileName(Locale language, QualityReportView view) {
        return MessageFormat.format(ResourceBundle.getBundle(Messages.BUNDLE, language).getString("quality.export.fileName"),
                String.valueOf(view.year()), view.kommunName());
    }
}
