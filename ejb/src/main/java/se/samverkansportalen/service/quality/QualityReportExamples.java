package se.samverkansportalen.service.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.samverkansportalen.domain.quality.QualityReport;

/** Makes an example berättelse shown for demonstration from a file of the seed shape. */
public final class QualityReportExamples {

    /** Uppsala's kvalitetsberättelse 2024, as transcribed (the source: never changed). */
    public static final String UPPSALA_2024 = "seed/quality-report-uppsala-2024.json";
    /** The Swedish renderings of that file's English paraphrases ({@link QualityReportFile#renderings}). */
    public static final String UPPSALA_2024_SWEDISH = "seed/quality-report-uppsala-2024.sv.json";

    private QualityReportExamples() {
    }

    /**
     * Uppsala's kvalitetsberättelse 2024 as an example in a demo kommun: read from the seed file
     * this module ships, in Swedish ({@link #UPPSALA_2024_SWEDISH}), and made the example
     * ({@link #example}).
     */
    public static QualityReport uppsala2024(String kommunCode, String kommunName) {
        return example(QualityReportFile.read(resource(UPPSALA_2024), QualityReportFile.renderings(resource(UPPSALA_2024_SWEDISH))),
                kommunCode, kommunName);
    }

    /**
     * The file's berättelse as an example in a demo kommun: labelled with its source, read only and
     * kept as fastställd, as it reads in the demo kommun (nothing of that kommun's own plans is drawn
     * in; the source gives no decision, so none is made up).
     */
    public static QualityReport example(QualityReportFile.Contents contents, String kommunCode, String kommunName) {
        QualityReport report = contents.report();
        report.labelSource(contents.sourceLabel());
        report.markAsExample();
        QualityReportView view = QualityReportViews.view(report, kommunCode, kommunName, QualityReportViews.Drawn.NOTHING);
        report.adoptAsExample(QualityReportContent.write(QualityReportViews.adopted(view, null, null, null)));
        return report;
    }

    /** A seed file this module ships; a missing one is a defect of the build. */
    static byte[] resource(String name) {
        try (InputStream in = QualityReportExamples.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
