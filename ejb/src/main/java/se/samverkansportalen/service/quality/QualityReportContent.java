package se.samverkansportalen.service.quality;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * What a fastställd berättelse showed when it was fastställd, kept as JSON on the berättelse: the
 * one writer and the one reader of that content. Content that is not such JSON is a defect, not a
 * refusal.
 */
final class QualityReportContent {

    private QualityReportContent() {
    }

    static String write(QualityReportView view) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(view);
        } catch (Exception e) {
            throw new IllegalStateException("The berättelse could not be written as JSON", e);
        }
    }

    static QualityReportView read(String content) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(content, QualityReportView.class);
        } catch (Exception e) {
            throw new IllegalStateException("The kept berättelse could not be read", e);
        }
    }
}
