package se.samverkansportalen.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An administrator looks for personnummer that reached the history before they were refused: each
 * is shown where it stands, with its last four digits masked, so that the full number is never
 * shown again. Ordinary numbers are shown as written. Every number here is synthetic.
 */
class PersonalIdentityNumbersMaskingTest {

    @Test
    void the_last_four_digits_are_masked_and_the_rest_of_the_text_is_kept() {
        assertThat(PersonalIdentityNumbers.masked("Barnet 19121212-1212 har fått stöd."))
                .isEqualTo("Barnet 19121212-XXXX har fått stöd.");
        assertThat(PersonalIdentityNumbers.masked("Gäller 811218-9876")).isEqualTo("Gäller 811218-XXXX");
        assertThat(PersonalIdentityNumbers.masked("Pnr 198112189876.")).isEqualTo("Pnr 19811218XXXX.");
    }

    @Test
    void every_number_in_a_text_is_masked_however_it_is_written() {
        assertThat(PersonalIdentityNumbers.masked("Se 2024-05-12, pnr 121212–1212 och 12 12 12-1212, samordningsnummer 811278-9873"))
                .isEqualTo("Se 2024-05-12, pnr 121212–XXXX och 12 12 12-XXXX, samordningsnummer 811278-XXXX");
        assertThat(PersonalIdentityNumbers.masked("121212\u00A01212/8112189876"))
                .isEqualTo("121212\u00A0XXXX/811218XXXX");
    }

    @Test
    void text_without_a_number_is_shown_as_written() {
        assertThat(PersonalIdentityNumbers.masked("Ring 070-123 45 67, dnr SCN-2015-0081, 1 234 567 kr, 811218-9875"))
                .isEqualTo("Ring 070-123 45 67, dnr SCN-2015-0081, 1 234 567 kr, 811218-9875");
        assertThat(PersonalIdentityNumbers.masked(null)).isNull();
        assertThat(PersonalIdentityNumbers.masked("")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("se.samverkansportalen.domain.validation.PersonalIdentityNumbersTest#refused")
    void no_number_of_the_corpus_survives_masking(String kind, String text) {
        String masked = PersonalIdentityNumbers.masked(text);

        assertThat(PersonalIdentityNumbers.containsIn(masked)).as("%s masked: %s", kind, masked).isFalse();
        assertThat(masked).contains(PersonalIdentityNumbers.MASK).hasSameSizeAs(text);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("se.samverkansportalen.domain.validation.PersonalIdentityNumbersTest#allowed")
    void ordinary_numbers_of_the_corpus_are_not_masked(String kind, String text) {
        assertThat(PersonalIdentityNumbers.masked(text)).isEqualTo(text);
    }
}
