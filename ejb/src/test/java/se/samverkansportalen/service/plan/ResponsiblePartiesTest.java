package se.samverkansportalen.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.plan.ResponsibleParty;

/** Choosing a delmål's ansvariga in the edit form: order, markings and "no change" as the coordinator expects. */
class ResponsiblePartiesTest {

    private static final List<ResponsibleParty> BEFORE = List.of(new ResponsibleParty("Socialtjänsten", false),
            new ResponsibleParty("Region Västerbotten", true), new ResponsibleParty("Skolan", false));

    @Test
    void the_same_names_in_another_order_are_no_change() {
        assertThat(ResponsibleParties.merged(BEFORE, List.of("Skolan", " Socialtjänsten ", "Region Västerbotten"))).isNull();
    }

    @Test
    void kept_names_keep_their_place_and_marking_and_new_ones_follow_unmarked() {
        List<ResponsibleParty> after = ResponsibleParties.merged(BEFORE, List.of("Barnahus", "Skolan", "Region Västerbotten"));

        assertThat(ResponsibleParties.names(after)).containsExactly("Region Västerbotten", "Skolan", "Barnahus");
        assertThat(after.get(0).isDependsOnDecision()).isTrue();
        assertThat(after.get(2).isDependsOnDecision()).isFalse();
    }

    @Test
    void blank_and_repeated_choices_are_ignored_and_no_choice_removes_everyone() {
        assertThat(ResponsibleParties.names(ResponsibleParties.merged(BEFORE, Arrays.asList("Skolan", "", null, "Skolan"))))
                .containsExactly("Skolan");
        assertThat(ResponsibleParties.merged(BEFORE, null)).isEmpty();
    }

    @Test
    void a_rename_keeps_the_marking_of_the_renamed_party() {
        List<ResponsibleParty> renamed = ResponsibleParties.renamed(BEFORE, "Region Västerbotten", "Region Västerbotten (hälso- och sjukvård)");

        assertThat(ResponsibleParties.names(renamed)).containsExactly("Socialtjänsten", "Region Västerbotten (hälso- och sjukvård)", "Skolan");
        assertThat(renamed.get(1).isDependsOnDecision()).isTrue();
    }
}
