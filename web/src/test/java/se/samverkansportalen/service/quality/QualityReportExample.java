package se.samverkansportalen.service.quality;

/**
 * Uppsala's kvalitetsberättelse 2024 as the demo start makes it Vännäs' fastställd example
 * ({@link QualityReportExamples#uppsala2024}: the seed file the ejb module ships, in Swedish), read
 * back from its kept JSON. In this package (of the web module's tests) because reading the kept
 * JSON is the service's own business.
 */
public final class QualityReportExample {

    private QualityReportExample() {
    }

    /** The example exactly, as the kommun itself reads it. */
    public static QualityReportView uppsala2024InVannas() {
        return QualityReportContent.read(QualityReportExamples.uppsala2024("2460", "Vännäs").getAdoptedContent());
    }
}
