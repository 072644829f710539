package se.samverkansportalen.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.web.Messages;

/**
 * A report's history as the pages and the PDF write it: each submission and each round of the
 * review with who and when, a komplettering with its comment and returned items.
 */
class ReviewTextsTest {

    private final ResourceBundle swedish = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("sv"));

    @Test
    void each_step_names_who_when_and_for_a_komplettering_the_comment_and_returned_items() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 30, 14, 5);

        assertThat(ReviewTexts.step(swedish, new ReportForm.Step(ReportStatus.SUBMITTED, 2, "Maria Lundgren", at, null, List.of())))
                .isEqualTo("Inskickning 2, 2026-11-30 14:05 av Maria Lundgren");
        assertThat(ReviewTexts.step(swedish, new ReportForm.Step(ReportStatus.COMPLETION_REQUESTED, 1, "Anders Holmgren", at,
                "Beskriv vilka enheter.", List.of(new ReportForm.ReturnedItem(ItemType.REGIONAL_ACTIVITY, "a1", "Delmål 1.1, aktivitet 1"),
                        new ReportForm.ReturnedItem(ItemType.LOCAL_MEASURE, "7", "Åtgärd 7")))))
                .isEqualTo("Komplettering begärd (runda 1), 2026-11-30 14:05 av Anders Holmgren: Beskriv vilka enheter. "
                        + "Återsända punkter: Delmål 1.1, aktivitet 1; Åtgärd 7");
        assertThat(ReviewTexts.step(swedish, new ReportForm.Step(ReportStatus.REVIEWED, 3, "", at, null, List.of())))
                .as("a round carried over from before rounds were kept has no reviewer")
                .isEqualTo("Granskad (runda 3), 2026-11-30 14:05 av okänd granskare");
    }

    @Test
    void a_step_knows_which_items_it_returned() {
        ReportForm.Step step = new ReportForm.Step(ReportStatus.COMPLETION_REQUESTED, 1, "Anders Holmgren", LocalDateTime.of(2026, 11, 30, 14, 5),
                "Mer", List.of(new ReportForm.ReturnedItem(ItemType.REGIONAL_ACTIVITY, "a1", "Delmål 1.1, aktivitet 1")));

        assertThat(step.returns(ItemType.REGIONAL_ACTIVITY, "a1")).isTrue();
        assertThat(step.returns(ItemType.LOCAL_MEASURE, "a1")).as("same key, other type").isFalse();
    }
}
