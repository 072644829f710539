package se.samverkansportalen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.plan.export.PlanExportServlet;

/**
 * Texts a reader saw in the wrong language or wrong grammar: a comparison of one changed item
 * ("1 ändrade punkter"), report items labelled in Swedish on English pages ("Delmål 1.2,
 * aktivitet 1"), and download names in English on Swedish pages ("regional-plan-version-2.pdf").
 */
class LanguageOfTextsTest {

    private final ResourceBundle swedish = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("sv"));
    private final ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    void a_comparison_says_one_changed_item_in_the_singular_and_more_in_the_plural() {
        assertThat(summary(swedish, 1)).isEqualTo("Från version 1 till 2: 1 ändrad punkt.");
        assertThat(summary(swedish, 3)).isEqualTo("Från version 1 till 2: 3 ändrade punkter.");
        assertThat(summary(english, 1)).isEqualTo("From version 1 to 2: 1 changed item.");
        assertThat(summary(english, 12)).isEqualTo("From version 1 to 2: 12 changed items.");
    }

    @Test
    void report_and_plan_item_labels_follow_the_page_language_and_keep_the_plans_own_words() {
        String activity = "Delmål 1.2, aktivitet 1: Kartlägga behovet av familjehem";
        assertThat(ItemLabels.of(activity, swedish)).isEqualTo(activity);
        assertThat(ItemLabels.of(activity, english)).isEqualTo("Sub-goal 1.2, activity 1: Kartlägga behovet av familjehem");
        assertThat(ItemLabels.of("Handlingsplan 2015: åtgärd 4, Familjehemsrekrytering", english))
                .isEqualTo("Handlingsplan 2015: measure 4, Familjehemsrekrytering");
        assertThat(ItemLabels.of("Aktivitet 2 under delmål 3.1", english)).isEqualTo("Activity 2 under sub-goal 3.1");
        assertThat(ItemLabels.of("Delmål 3.1", english)).isEqualTo("Sub-goal 3.1");
        assertThat(ItemLabels.of("Förbättringsområde 3", english)).isEqualTo("Improvement area 3");
        assertThat(ItemLabels.of("Åtgärdsplan 2020: risk 2.2, Fler familjehem", english)).as("a risk is a risk in both")
                .isEqualTo("Åtgärdsplan 2020: risk 2.2, Fler familjehem");
    }

    @Test
    void a_refusal_naming_places_in_the_plan_names_them_in_the_page_language() {
        java.util.List<String> arguments = java.util.List.of("FoU Välfärd", "delmål 1.1, aktivitet 2 under delmål 3.1");
        assertThat(se.samverkansportalen.web.error.RefusalTexts.text("actors.error.inUse", arguments, Locale.ENGLISH))
                .isEqualTo("FoU Välfärd cannot be removed: the plan names it as responsible in sub-goal 1.1, activity 2 under sub-goal 3.1."
                        + " Change the responsible party there first.");
        assertThat(se.samverkansportalen.web.error.RefusalTexts.text("actors.error.inUse", arguments, Locale.forLanguageTag("sv")))
                .contains("i delmål 1.1, aktivitet 2 under delmål 3.1.");
        assertThat(ItemLabels.places("Uppsala, delmål 2.1", english)).as("not wholly places: left as it is").isEqualTo("Uppsala, delmål 2.1");
    }

    @Test
    void download_names_are_Swedish_on_Swedish_pages_and_English_on_English_ones() {
        assertThat(PlanExportServlet.fileName(swedish, 2, "pdf"))
                .isEqualTo("regionala-planen-version-2.pdf");
        assertThat(PlanExportServlet.fileName(english, 2, "xlsx"))
                .isEqualTo("regional-plan-version-2.xlsx");
        assertThat(MessageFormat.format(swedish.getString("export.fileName.report"), "T2-2026", "Umeå")).isEqualTo("rapport-T2-2026-Umeå");
        assertThat(MessageFormat.format(english.getString("export.fileName.report"), "T2-2026", "Umeå")).isEqualTo("report-T2-2026-Umeå");
        assertThat(MessageFormat.format(english.getString("export.fileName.matrix"), "T2-2026")).isEqualTo("status-matrix-T2-2026");
    }

    private static String summary(ResourceBundle texts, int changed) {
        return new MessageFormat(texts.getString("versions.compare.summary"), texts.getLocale()).format(new Object[] {1, 2, changed});
    }
}
