package se.samverkansportalen.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void anIdIsEightCharactersWithoutLookAlikes() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = RequestIds.next();
            assertThat(id).matches("[A-Z2-9]{8}").doesNotContain("0", "1", "O", "I", "L");
            assertThat(RequestIds.isId(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).as("2 000 ids, no two alike").hasSize(2_000);
    }

    @Test
    void onlyTheShapeOfAnIdIsAnId() {
        assertThat(RequestIds.isId("ABCD2345")).isTrue();
        assertThat(RequestIds.isId("abcd2345")).isFalse();
        assertThat(RequestIds.isId("ABCD234")).isFalse();
        assertThat(RequestIds.isId("ABCD23450")).isFalse();
        assertThat(RequestIds.isId("ABC\"2345")).isFalse();
        assertThat(RequestIds.isId(null)).isFalse();
    }
}
