package se.samverkansportalen.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A socialsekreterare or samordnare writes free text into a plan or a report: a child's
 * personnummer or samordningsnummer in it, however written, is found, while dates, diarienummer,
 * amounts, phone numbers, postal codes and the numbers of ordinary plan text are not taken for one.
 * The corpus ({@code personal-data-corpus/*.txt}) holds the realistic texts; every number in it
 * is synthetic.
 */
class PersonalIdentityNumbersTest {

    private static final int LEAST_PER_KIND = 40;
    private static final List<String> REFUSED_KINDS = List.of("personnummer", "samordningsnummer");
    private static final List<String> ALLOWED_KINDS = List.of("dates", "diarienummer", "amounts", "phone numbers",
            "postal codes", "plan text");

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("refused")
    void a_personnummer_in_the_corpus_is_found(String kind, String text) {
        assertThat(PersonalIdentityNumbers.firstIn(text)).as("%s in: %s", kind, text).isPresent();
        assertThat(PersonalIdentityNumbers.containsIn(text)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("allowed")
    void ordinary_numbers_in_the_corpus_are_not_taken_for_one(String kind, String text) {
        assertThat(PersonalIdentityNumbers.firstIn(text)).as("%s in: %s", kind, text).isEmpty();
        assertThat(PersonalIdentityNumbers.containsIn(text)).isFalse();
    }

    @Test
    void every_kind_of_the_corpus_keeps_at_least_40_texts() {
        Map<String, List<String>> refused = corpus("refused.txt");
        Map<String, List<String>> allowed = corpus("allowed.txt");
        assertThat(refused.keySet()).containsExactlyInAnyOrderElementsOf(REFUSED_KINDS);
        assertThat(allowed.keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED_KINDS);
        refused.forEach((kind, texts) -> assertThat(texts).as("refused %s", kind).hasSizeGreaterThanOrEqualTo(LEAST_PER_KIND));
        allowed.forEach((kind, texts) -> assertThat(texts).as("allowed %s", kind).hasSizeGreaterThanOrEqualTo(LEAST_PER_KIND));
    }

    @Test
    void skatteverkets_example_is_found_with_and_without_century_and_dash() {
        // 811218-9876 is Skatteverket's example of a personnummer with a right control digit.
        assertThat(PersonalIdentityNumbers.containsIn("Gäller barnet 811218-9876 som placerats.")).isTrue();
        assertThat(PersonalIdentityNumbers.containsIn("Barn 198112189876 har fått stöd")).isTrue();
        assertThat(PersonalIdentityNumbers.containsIn("8112189876")).isTrue();
        assertThat(PersonalIdentityNumbers.containsIn("Samordningsnummer 811278-9873")).isTrue();
    }

    @Test
    void the_number_is_given_as_written_with_its_separators() {
        assertThat(PersonalIdentityNumbers.firstIn("Barnet 12 12 12-1212 har flyttat")).contains("12 12 12-1212");
        assertThat(PersonalIdentityNumbers.firstIn("Pnr 19 121212-1212.")).contains("19 121212-1212");
        assertThat(PersonalIdentityNumbers.firstIn("Pnr 121212\u00A01212.")).contains("121212\u00A01212");
        assertThat(PersonalIdentityNumbers.firstIn("Se 2024-05-12, pnr 121212–1212 och 811218-9876"))
                .contains("121212–1212");
    }

    @Test
    void a_wrong_control_digit_or_an_impossible_date_is_not_a_personnummer() {
        assertThat(PersonalIdentityNumbers.containsIn("811218-9875 har fel kontrollsiffra")).isFalse();
        // Each has a right control digit, but no such day: 30 February, day 92, month 00, day 00, 31 June.
        assertThat(PersonalIdentityNumbers.containsIn("120230-1238")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("121292-1231")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("120012-1232")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("121200-1232")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("120631-1233")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("120229-1231")).isTrue();
    }

    @Test
    void a_century_is_18_19_or_20() {
        assertThat(PersonalIdentityNumbers.containsIn("18121212-1212")).isTrue();
        assertThat(PersonalIdentityNumbers.containsIn("19121212-1212")).isTrue();
        assertThat(PersonalIdentityNumbers.containsIn("20121212-1212")).isTrue();
        assertThat(PersonalIdentityNumbers.containsIn("21121212-1212")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("17121212-1212")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1121212-1212", "121212-12120", "Order 98121212121212", "Konto 1212121212345",
        "Ref 0121212-1212"})
    void digits_inside_a_longer_run_of_digits_do_not_count(String text) {
        assertThat(PersonalIdentityNumbers.containsIn(text)).isFalse();
    }

    @Test
    void an_unformatted_ten_digit_number_that_reads_as_one_is_refused_on_the_safe_side() {
        // 8507041237 could be an invoice number, but it is a valid date with a right control digit.
        assertThat(PersonalIdentityNumbers.containsIn("Fakturanummer 8507041237")).isTrue();
        // An unformatted phone number passes only when its digits fail the control digit.
        assertThat(PersonalIdentityNumbers.containsIn("Ring 0701234567")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("Ring 0701234569")).isTrue();
        assertThat(PersonalIdentityNumbers.containsIn("Ring 070-123 45 69")).isFalse();
    }

    @Test
    void figures_dates_and_case_numbers_are_not_taken_for_one() {
        assertThat(PersonalIdentityNumbers.containsIn("Kostnad 1500000 kr, beslut 2015-04-07, dnr SCN-2015-0081.")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("23 av 38 barn, perioden augusti 2019 – juli 2020.")).isFalse();
    }

    @Test
    void no_text_holds_none() {
        assertThat(PersonalIdentityNumbers.containsIn(null)).isFalse();
        assertThat(PersonalIdentityNumbers.firstIn(null)).isEmpty();
        assertThat(PersonalIdentityNumbers.containsIn("")).isFalse();
        assertThat(PersonalIdentityNumbers.containsIn("   ")).isFalse();
    }

    static Stream<Arguments> refused() {
        return arguments(corpus("refused.txt"));
    }

    static Stream<Arguments> allowed() {
        return arguments(corpus("allowed.txt"));
    }

    private static Stream<Arguments> arguments(Map<String, List<String>> corpus) {
        return corpus.entrySet().stream()
                .flatMap(kind -> kind.getValue().stream().map(text -> Arguments.of(kind.getKey(), text)));
    }

    /**
     * The texts of a corpus file by kind, in file order: a {@code # kind} line starts a kind, a
     * {@code ##} line is a comment, a blank line is skipped, every other line is one text.
     */
    static Map<String, List<String>> corpus(String file) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = Objects.requireNonNull(
                PersonalIdentityNumbersTest.class.getResourceAsStream("/personal-data-corpus/" + file), file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("##")) {
                    continue;
                }
                if (line.startsWith("# ")) {
                    current = byKind.computeIfAbsent(line.substring(2).strip(), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(file + ": a text before the first '# kind' line: " + line);
                } else {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byKind;
    }
}
