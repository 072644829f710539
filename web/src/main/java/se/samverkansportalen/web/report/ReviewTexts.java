package se.samverkansportalen.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.localplan.IndicatorTexts;

/**
 * A report's history and its later changes as every page and the PDF write them: "Inskickning 2,
 * 2026-11-30 14:05 av Maria Lundgren", "Komplettering begärd (runda 1), … av Anna Berg: comment.
 * Återsända punkter: …", "Granskad, …", and beside a submitted indicator value "Ändrat efter
 * inlämning: 12 → 14, 2026-11-30".
 */
@Named
@RequestScoped
public class ReviewTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Messages messages;

    /** {@link #step(ResourceBundle, ReportForm.Step)} in the page's language. */
    public String step(ReportForm.Step step) {
        return step(messages.bundle(), step);
    }

    /** {@link #laterChange(ResourceBundle, ReportForm.IndicatorValue)} in the page's language. */
    public String laterChange(ReportForm.IndicatorValue value) {
        return laterChange(messages.bundle(), value);
    }

    /** One step of a report's history as a sentence; an unknown reviewer's name is left out. */
    public static String step(ResourceBundle texts, ReportForm.Step step) {
        String by = step.by() == null || step.by().isBlank() ? texts.getString("report.history.unknown") : step.by();
        String at = DATE_TIME.format(step.at());
        return switch (step.kind()) {
            case SUBMITTED -> MessageFormat.format(texts.getString("report.history.SUBMITTED"), step.number(), at, by);
            case REVIEWED -> MessageFormat.format(texts.getString("report.history.REVIEWED"), step.number(), at, by);
            default -> MessageFormat.format(texts.getString("report.history.COMPLETION_REQUESTED"), step.number(), at, by,
                    step.comment() == null ? "" : step.comment())
                    + (step.returned().isEmpty() ? "" : " " + MessageFormat.format(texts.getString("report.history.returned"),
                            step.returned().stream().map(ReportForm.ReturnedItem::label).collect(Collectors.joining("; "))));
        };
    }

    /** An indicator value's change after submission ("Ändrat efter inlämning: 12 → 14, 2026-11-30"); empty when unchanged. */
    public static String laterChange(ResourceBundle texts, ReportForm.IndicatorValue value) {
        if (!value.isChangedAfterSubmission()) {
            return "";
        }
        String then = IndicatorTexts.write(texts, value.getValue(), value.getUnit(), value.isSuppressed());
        String now = IndicatorTexts.write(texts, value.getLaterValue(), value.getUnit(), value.isLaterSuppressed());
        return value.getChangedOn() == null
                ? MessageFormat.format(texts.getString("report.item.changedAfterSubmissionUndated"), then, now)
                : MessageFormat.format(texts.getString("report.item.changedAfterSubmission"), then, now, DATE.format(value.getChangedOn()));
    }
}
