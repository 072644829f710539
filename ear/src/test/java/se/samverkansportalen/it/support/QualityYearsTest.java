package se.samverkansportalen.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The kvalitetsberättelser tests take free years in a past range, never the current year or a later one. */
class QualityYearsTest {

    @Test
    void the_first_year_the_kommun_has_no_berattelse_of_from_2001_on() {
        assertThat(QualityYears.firstFree(List.of(), 2001, Year.of(2026))).isEqualTo(2001);
        assertThat(QualityYears.firstFree(List.of("2001", "2002", "2004"), 2001, Year.of(2026))).isEqualTo(2003);
    }

    @Test
    void from_a_year_asked_for() {
        assertThat(QualityYears.firstFree(List.of("2007"), 2007, Year.of(2026))).isEqualTo(2008);
        assertThat(QualityYears.firstFree(List.of(), 1990, Year.of(2026))).isEqualTo(2001);
    }

    @Test
    void never_this_year_nor_a_later_one() {
        List<String> allPast = IntStream.range(2001, 2026).mapToObj(String::valueOf).toList();

        assertThatThrownBy(() -> QualityYears.firstFree(allPast, 2001, Year.of(2026))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("use a fresh test database");
        assertThat(QualityYears.firstFree(allPast.subList(0, 24), 2001, Year.of(2026))).isEqualTo(2025);
    }
}
