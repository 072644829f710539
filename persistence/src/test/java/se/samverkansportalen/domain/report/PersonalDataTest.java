package se.samverkansportalen.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A socialchef writes a narrative; a child's personnummer in it, however written, is caught,
 * while dates, amounts and diarienummer are not mistaken for one.
 */
class PersonalDataTest {

    @Test
    void a_personnummer_is_found_however_it_is_written() {
        // 811218-9876 is the Swedish Tax Agency's example with a valid check digit.
        assertThat(PersonalData.containsPersonnummer("Gäller barnet 811218-9876 som placerats.")).isTrue();
        assertThat(PersonalData.containsPersonnummer("Barn 198112189876 har fått stöd")).isTrue();
        assertThat(PersonalData.containsPersonnummer("8112189876")).isTrue();
        assertThat(PersonalData.containsPersonnummer("Samordningsnummer 811278-9873")).isTrue();
    }

    @Test
    void figures_dates_and_case_numbers_are_not_taken_for_one() {
        assertThat(PersonalData.containsPersonnummer("Kostnad 1500000 kr, beslut 2015-04-07, dnr SCN-2015-0081.")).isFalse();
        assertThat(PersonalData.containsPersonnummer("811218-9875 har fel kontrollsiffra")).isFalse();
        assertThat(PersonalData.containsPersonnummer("23 av 38 barn, perioden augusti 2019 – juli 2020.")).isFalse();
        assertThat(PersonalData.containsPersonnummer(null)).isFalse();
    }
}
