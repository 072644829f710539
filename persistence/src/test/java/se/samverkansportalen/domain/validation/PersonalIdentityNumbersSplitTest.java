package se.samverkansportalen.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A socialsekreterare writes a child's personnummer split inside its digit groups, as it is read
 * aloud or copied from a form ("81 12 18-98 76", "811218_9876"): the guard still finds it, with
 * the control digit and the date checked, while amounts, year ranges and phone numbers written
 * with the same separators still pass. 811218-9876 is Skatteverket's example, 811278-9873 the
 * same as a samordningsnummer (day + 60); every number here is synthetic.
 */
class PersonalIdentityNumbersSplitTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "81 12 18-98 76",
        "81 12 18 98 76",
        "811218_9876",
        "811218 _ 9876",
        "8112 18-9876",
        "8112 18 9876",
        "81-12-18-9876",
        "81/12/18-9876",
        "81.12.18.9876",
        "81_12_18_9876",
        "811218–9876",
        "81–12–18–98–76",
        "811218-98 76",
        "811218 98 76",
        "811218\u00A09876",
        "81\u00A012\u00A018\u00A098\u00A076",
        "811218 - 9876",
        "811218  9876",
        "19811218 - 9876",
        "19811218_9876",
        "1981 12 18-9876",
        "19 81 12 18-98 76",
        "19 81 12 18 98 76",
        "1981-12-18 98 76",
        "19811218 98 76",
        "19 811218-9876",
        "1981/12/18 – 9876",
        "81 12 78-98 73",
        "811278_9873",
        "8112 78-9873",
        "19811278 - 9873",
    })
    void a_personnummer_split_inside_its_digit_groups_is_found(String number) {
        String text = "Barnet med nummer " + number + " har fått stöd.";

        assertThat(PersonalIdentityNumbers.firstIn(text)).as(text).contains(number);
        assertThat(new NoPersonalDataValidator().isValid(text, null)).as(text).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "81 12 18-98 75",
        "811218_9875",
        "8112 18-9875",
        "19811218 - 9875",
        "81 13 18-98 76",
        "81 02 30 12 38",
        "81 12 92-98 76",
    })
    void a_split_number_with_a_wrong_control_digit_or_no_such_day_passes(String number) {
        assertThat(PersonalIdentityNumbers.containsIn("Nummer " + number + " i texten.")).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Budgeten är 450 000 kr för 2024-2026.",
        "450 000 kr 2024–2026",
        "Planen gäller 2024-2026 och 2027 – 2029.",
        "Kostnad 1 234 567 890 kr.",
        "Kostnad 12 450 000 kr, 2 450 000 kr och 450 000 kr.",
        "Ring 070-123 45 67 eller 070-123 45 69.",
        "Ring 070 123 45 67.",
        "Ring 08-123 456 78.",
        "Ring +46 70 123 45 67.",
        "Familjecentralen: 0910-73 50 00.",
        "Växel 0771-12 34 56.",
        "Dnr 2023/00045-1.2 och KS 2019/1234-12.",
        "Perioden 2023-01-01 – 2023-12-31, 2019-08-01–2020-06-30.",
        "Postnummer 903 25 Umeå.",
        "Åldrar 12 14 15 16 17 år.",
        "Antal 12_345 och 6_789.",
        "Konto 1234 5678 90.",
        "Orgnr 212000-2411.",
    })
    void amounts_years_and_phone_numbers_with_the_same_separators_pass(String text) {
        assertThat(PersonalIdentityNumbers.firstIn(text)).as(text).isEmpty();
    }

    @Test
    void a_split_number_is_masked_digit_by_digit_and_the_text_keeps_its_length() {
        assertThat(PersonalIdentityNumbers.masked("Barnet 81 12 18-98 76 och 811218_9876."))
                .isEqualTo("Barnet 81 12 18-XX XX och 811218_XXXX.");
        assertThat(PersonalIdentityNumbers.masked("Pnr 19811218 - 9876")).isEqualTo("Pnr 19811218 - XXXX");
    }

    @Test
    void two_numbers_joined_by_a_separator_are_both_found() {
        assertThat(PersonalIdentityNumbers.masked("811218-9876 / 811278-9873"))
                .isEqualTo("811218-XXXX / 811278-XXXX");
    }
}
