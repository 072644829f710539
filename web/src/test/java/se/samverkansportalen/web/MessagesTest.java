package se.samverkansportalen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.web.Messages.Placement;

/** A refusal of several fields is shown in full: each message at its own field, the rest once among the page's messages. */
class MessagesTest {

    /** The page's inputs: the measure form's title and how; no input for the cost. */
    private static final Map<String, List<String>> PAGE = Map.of("title", List.of("measure-form:title"),
            "how", List.of("measure-form:how", "other-form:how"));

    private static List<Placement> placed(Refusal refusal) {
        return Messages.placements(Messages.parts(refusal), r -> r.getMessageKey() + " " + r.getField(),
                field -> PAGE.getOrDefault(field, List.of()));
    }

    @Test
    void every_field_of_an_invalid_input_gets_its_message_at_its_own_input() {
        InvalidInputRefusal refusal = InvalidInputRefusal.atField("how", "input.tooLong", "how", 4000)
                .withFurther(List.of(InvalidInputRefusal.atField("title", "input.required", "title")));

        assertThat(placed(refusal)).containsExactly(new Placement("measure-form:how", "input.tooLong how"),
                new Placement("measure-form:title", "input.required title"));
    }

    @Test
    void fields_the_page_does_not_have_go_among_the_page_messages_each_text_once() {
        InvalidInputRefusal refusal = InvalidInputRefusal.atField("costSek", "input.tooSmall", "costSek", 0)
                .withFurther(List.of(InvalidInputRefusal.atField("title", "input.required", "title"),
                        InvalidInputRefusal.atField("costSek", "input.tooSmall", "costSek", 0),
                        InvalidInputRefusal.atField("items[2].narrative", "input.tooLong", "items[2].narrative", 4000)));

        assertThat(placed(refusal)).containsExactly(new Placement(null, "input.tooSmall costSek"),
                new Placement("measure-form:title", "input.required title"),
                new Placement(null, "input.tooLong items[2].narrative"));
    }

    @Test
    void a_refusal_of_another_kind_or_of_the_whole_input_is_one_page_message() {
        assertThat(placed(new NotFoundRefusal("localplan.error.notFound"))).containsExactly(new Placement(null, "localplan.error.notFound null"));
        assertThat(placed(new InvalidInputRefusal("api.error.unreadableBody"))).hasSize(1);
        assertThat(Messages.parts(new NotFoundRefusal("localplan.error.notFound"))).hasSize(1);
    }
}
