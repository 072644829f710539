package se.samverkansportalen.domain.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal of several fields is the first field's refusal carrying the others, unchangeable and serializable. */
class InvalidInputRefusalTest {

    private static final InvalidInputRefusal TITLE = InvalidInputRefusal.atField("title", "input.required", "title");
    private static final InvalidInputRefusal HOW = InvalidInputRefusal.atField("how", "input.tooLong", "how", 4000);
    private static final InvalidInputRefusal COST = InvalidInputRefusal.atField("costSek", "input.tooSmall", "costSek", 0);

    @Test
    void the_first_field_keeps_its_key_field_and_arguments_and_carries_the_others_in_order() {
        InvalidInputRefusal refusal = HOW.withFurther(List.of(TITLE, COST));

        assertThat(refusal.getField()).isEqualTo("how");
        assertThat(refusal.getMessageKey()).isEqualTo("input.tooLong");
        assertThat(refusal.getArguments()).containsExactly("how", "4000");
        assertThat(refusal.getFurther()).containsExactly(TITLE, COST);
        assertThat(refusal.getAll()).extracting(Refusal::getField).containsExactly("how", "title", "costSek");
        assertThat(refusal.getAll()).as("each field's refusal alone").allSatisfy(r -> assertThat(r.getFurther()).isEmpty());
        assertThat(refusal.getAll().get(0).getArguments()).containsExactly("how", "4000");
    }

    @Test
    void adding_further_refusals_leaves_the_refusal_unchanged_and_the_lists_cannot_be_changed() {
        List<InvalidInputRefusal> others = new ArrayList<>(List.of(TITLE));
        InvalidInputRefusal refusal = HOW.withFurther(others);
        others.add(COST);

        assertThat(HOW.getFurther()).isEmpty();
        assertThat(HOW.getAll()).containsExactly(HOW);
        assertThat(refusal.getFurther()).as("a copy, not the caller's list").containsExactly(TITLE);
        assertThatThrownBy(() -> refusal.getFurther().add(COST)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> refusal.getAll().add(COST)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void further_refusals_that_carry_their_own_make_one_flat_list() {
        InvalidInputRefusal refusal = HOW.withFurther(List.of(TITLE.withFurther(List.of(COST))));

        assertThat(refusal.getAll()).extracting(Refusal::getField).containsExactly("how", "title", "costSek");
        assertThat(refusal.getFurther()).allSatisfy(f -> assertThat(f.getFurther()).isEmpty());
    }

    @Test
    void a_refusal_with_further_ones_survives_serialization() throws Exception {
        InvalidInputRefusal refusal = HOW.withFurther(List.of(TITLE));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(refusal);
        }
        InvalidInputRefusal read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (InvalidInputRefusal) in.readObject();
        }

        assertThat(read.getField()).isEqualTo("how");
        assertThat(read.getArguments()).containsExactly("how", "4000");
        assertThat(read.getFurther()).extracting(Refusal::getField, Refusal::getMessageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "input.required"));
    }

    @Test
    void a_refusal_of_the_whole_input_carries_no_further_ones() {
        InvalidInputRefusal whole = new InvalidInputRefusal("localplan.import.unreadable");

        assertThat(whole.getField()).isNull();
        assertThat(whole.getFurther()).isEmpty();
        assertThat(whole.getAll()).containsExactly(whole);
    }
}
