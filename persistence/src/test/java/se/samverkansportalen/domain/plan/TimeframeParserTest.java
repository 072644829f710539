package se.samverkansportalen.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every tidsram of the Västerbotten plan is understood as the people who wrote it meant it. */
class TimeframeParserTest {

    @ParameterizedTest(name = "\"{0}\" runs {1} – {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Våren 2017                                              | 2017-01-01 | 2017-06-30
            Våren 2016                                              | 2016-01-01 | 2016-06-30
            2017                                                    | 2017-01-01 | 2017-12-31
            Hösten 2016 – våren 2017                                | 2016-07-01 | 2017-06-30
            Klart 2017-01-01                                        | -          | 2017-01-01
            Klart våren 2016                                        | -          | 2016-06-30
            Start under 2017–2018. Beräkna 3–5 år i varje kommun    | 2017-01-01 | -
            2017–2018                                               | 2017-01-01 | 2018-12-31
            hösten 2018                                             | 2018-07-01 | 2018-12-31
            """)
    void the_plans_tidsramar_are_read_as_dates(String text, LocalDate start, LocalDate end) {
        Timeframe timeframe = TimeframeParser.parse(text);
        assertThat(timeframe.understood()).isTrue();
        assertThat(timeframe.start()).isEqualTo(start);
        assertThat(timeframe.end()).isEqualTo(end);
        assertThat(timeframe.yearly()).isFalse();
    }

    @Test
    void arligen_recurs_every_year_and_touches_every_year() {
        Timeframe yearly = TimeframeParser.parse("Årligen");
        assertThat(yearly.yearly()).isTrue();
        assertThat(yearly.touchesYear(2031)).isTrue();
        assertThat(yearly.overdueOn(LocalDate.of(2040, 1, 1))).isFalse();
    }

    @Test
    void words_the_portal_cannot_read_are_flagged_not_rejected() {
        assertThat(TimeframeParser.parse("När resurser finns").understood()).isFalse();
        assertThat(TimeframeParser.parse("2017 eller senare om beslut fattas").understood()).isFalse();
        assertThat(TimeframeParser.parse("Våren 2019 – hösten 2018").understood()).as("ends before it starts").isFalse();
        assertThat(TimeframeParser.parse("Klart 2017-02-30").understood()).isFalse();
    }

    @Test
    void no_tidsram_is_nothing_to_interpret() {
        assertThat(TimeframeParser.parse("  ")).isEqualTo(Timeframe.NONE);
    }

    @Test
    void a_tidsram_touches_the_years_it_spans_and_is_overdue_after_its_end() {
        Timeframe span = TimeframeParser.parse("Hösten 2016 – våren 2017");
        assertThat(span.touchesYear(2016)).isTrue();
        assertThat(span.touchesYear(2017)).isTrue();
        assertThat(span.touchesYear(2018)).isFalse();
        assertThat(span.overdueOn(LocalDate.of(2017, 7, 1))).isTrue();
        assertThat(span.overdueOn(LocalDate.of(2017, 6, 30))).isFalse();
        assertThat(TimeframeParser.parse("Start under 2017–2018").touchesYear(2030)).as("open-ended").isTrue();
    }
}
