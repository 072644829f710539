package se.samverkansportalen.service.keyfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.keyfigure.Gender;
import se.samverkansportalen.domain.keyfigure.KeyFigure;
import se.samverkansportalen.domain.keyfigure.ValueSource;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.SwedishNumbers;

class KoladaDataTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String entry(String values) {
        return "{\"count\":1,\"values\":[{\"kpi\":\"N17473\",\"municipality\":\"2480\",\"period\":2024,\"values\":[" + values + "]}]}";
    }

    private static InvalidInputRefusal refusal(String body) {
        try {
            KoladaData.read(json(body));
        } catch (InvalidInputRefusal refused) {
            return refused;
        }
        throw new AssertionError("not refused: " + body);
    }

    @Test
    void readsValuesStatusesAndMissingValues() {
        KoladaData.Page page = KoladaData.read(json(entry(
                "{\"count\":1,\"gender\":\"T\",\"status\":\"\",\"value\":3.15},{\"gender\":\"M\",\"status\":\"Missing\",\"value\":null}")));

        assertThat(page.readings()).containsExactly(new KoladaData.Reading("N17473", "2480", 2024, Gender.T, new BigDecimal("3.15"), null),
                new KoladaData.Reading("N17473", "2480", 2024, Gender.M, null, "Missing"));
        assertThat(page.nextPage()).isNull();
    }

    @Test
    void eachProblemIsRefusedWhereItIs() {
        assertThat(refusal("[1,2]").getMessageKey()).isEqualTo(KoladaData.NOT_JSON);
        assertThat(refusal("{\"values\": [").getMessageKey()).isEqualTo(KoladaData.NOT_JSON);
        assertThat(refusal("").getMessageKey()).isEqualTo(KoladaData.NOT_JSON);
        assertThat(refusal("{\"count\":0}").getField()).isEqualTo("values");
        assertThat(refusal(entry("{\"gender\":\"X\",\"value\":1}")).getArguments()).containsExactly("values[0].values[0].gender", "X");
        assertThat(refusal(entry("{\"gender\":\"T\",\"value\":\"tre\"}")).getMessageKey()).isEqualTo(KoladaData.VALUE);
        assertThat(refusal(entry("{\"gender\":\"T\",\"value\":1.23456}")).getMessageKey()).isEqualTo(SwedishNumbers.TOO_MANY_DECIMALS);
        assertThat(refusal(entry("{\"gender\":\"T\",\"value\":1},{\"gender\":\"T\",\"value\":2}")).getMessageKey()).isEqualTo(KoladaData.TWICE);
        assertThat(refusal(entry("{\"gender\":\"T\",\"value\":1,\"status\":\"" + "x".repeat(41) + "\"}")).getMessageKey()).isEqualTo("input.tooLong");
        assertThat(refusal("{\"values\":[{\"kpi\":\"n17473\",\"municipality\":\"2480\",\"period\":2024,\"values\":[]}]}").getMessageKey())
                .isEqualTo(KoladaData.KPI);
        assertThat(refusal("{\"values\":[{\"kpi\":\"N17473\",\"municipality\":\"248\",\"period\":2024,\"values\":[]}]}").getMessageKey())
                .isEqualTo(KoladaData.MUNICIPALITY);
        assertThat(refusal("{\"values\":[{\"kpi\":\"N17473\",\"municipality\":\"2480\",\"period\":1889,\"values\":[]}]}").getMessageKey())
                .isEqualTo(KoladaData.YEAR);
        assertThat(refusal("{\"values\":[{\"kpi\":\"N17473\",\"municipality\":\"2480\",\"period\":\"2024-T1\",\"values\":[]}]}").getMessageKey())
                .isEqualTo(KoladaData.YEAR);
    }

    @Test
    void theExportReadsBackInValueForValue() {
        KeyFigure figure = new KeyFigure("N17473", "Barn och unga med insats");
        figure.record(2023, Gender.T, new BigDecimal("3.1500"), null, ValueSource.KOLADA, "https://api.kolada.se/v2", LocalDate.of(2026, 12, 2));
        figure.record(2023, Gender.K, new BigDecimal("2.9"), null, ValueSource.KOLADA, "https://api.kolada.se/v2", LocalDate.of(2026, 12, 2));
        figure.record(2024, Gender.M, null, "Missing", ValueSource.FILE, "kolada.json", LocalDate.of(2026, 12, 2));

        List<KoladaData.Reading> back = KoladaData.read(KoladaData.write("2480", List.of(figure))).readings();

        assertThat(back).containsExactly(new KoladaData.Reading("N17473", "2480", 2023, Gender.T, new BigDecimal("3.15"), null),
                new KoladaData.Reading("N17473", "2480", 2023, Gender.K, new BigDecimal("2.9"), null),
                new KoladaData.Reading("N17473", "2480", 2024, Gender.M, null, "Missing"));
    }

    @Test
    void takingInTheSameValueAgainIsNoChangeButTheSameValueFromElsewhereIs() {
        KeyFigure figure = new KeyFigure("N17473", "Barn och unga med insats");
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(figure.record(2024, Gender.T, new BigDecimal("3.0"), null, ValueSource.FILE, "a.json", day)).isTrue();
        assertThat(figure.record(2024, Gender.T, new BigDecimal("3.00"), null, ValueSource.FILE, "a.json", day.plusDays(1))).isFalse();
        assertThat(figure.record(2024, Gender.T, new BigDecimal("3.00"), null, ValueSource.KOLADA, "https://api.kolada.se/v2", day))
                .as("where a value comes from is part of it: a change, counted and audited").isTrue();
        assertThat(figure.value(2024, Gender.T).orElseThrow().getSource()).isEqualTo(ValueSource.KOLADA);
        assertThat(figure.record(2024, Gender.T, new BigDecimal("3.00"), null, ValueSource.FILE, "b.json", day)).isTrue();
        assertThat(figure.record(2024, Gender.T, new BigDecimal("3.00"), null, ValueSource.FILE, "c.json", day)).isTrue();
        assertThat(figure.record(2024, Gender.T, new BigDecimal("3.1"), null, ValueSource.KOLADA, "https://api.kolada.se/v2", day)).isTrue();
        assertThatThrownBy(() -> figure.record(2024, Gender.K, new BigDecimal("1.00001"), null, ValueSource.FILE, "a.json", day))
                .isInstanceOf(InvalidInputRefusal.class);
    }

    @Test
    void aBodyTheReaderCannotTakeIsRefusedAsUnreadableNeverThrownOn() {
        assertThat(refusal(entry("{\"gender\":\"T\",\"value\":1e999999999999}")).getMessageKey()).isIn(KoladaData.NOT_JSON, KoladaData.VALUE);
        assertThat(refusal(entry("{\"gender\":\"T\",\"value\":" + "9".repeat(1200) + "}")).getMessageKey())
                .isIn(KoladaData.NOT_JSON, KoladaData.VALUE, SwedishNumbers.TOO_LARGE);
        assertThat(refusal("[".repeat(5000)).getMessageKey()).isEqualTo(KoladaData.NOT_JSON);
        assertThat(refusal(entry("{\"gender\":\"T\",\"value\":1}") + "{}").getMessageKey()).as("a second document after the first")
                .isEqualTo(KoladaData.NOT_JSON);
        assertThat(refusal(entry("{\"gender\":\"T\",\"value\":1}") + "]]]x").getMessageKey()).isEqualTo(KoladaData.NOT_JSON);
    }

    @Test
    void aZeroWithAHugeExponentIsKeptAsZero() {
        KoladaData.Page page = KoladaData.read(json(entry("{\"gender\":\"T\",\"value\":0e-999999999}")));

        BigDecimal value = page.readings().get(0).value();
        assertThat(value).isZero();
        assertThat(value.scale()).as("not a billion digits for the database driver to write out").isZero();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNotReadWithReplacedCharacters() {
        byte[] latin1 = entry("{\"gender\":\"T\",\"value\":1,\"status\":\"\u00f6\"}").getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputRefusal refused = null;
        try {
            KoladaData.read(latin1);
        } catch (InvalidInputRefusal r) {
            refused = r;
        }
        assertThat(refused).isNotNull();
        assertThat(refused.getMessageKey()).isEqualTo(KoladaData.NOT_JSON);
        assertThat(refused.getArguments()).containsExactly("tecken som inte är UTF-8");

        byte[] body = entry("{\"gender\":\"T\",\"value\":1,\"status\":\"\u00f6\"}").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[body.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withMark, 3, body.length);
        assertThat(KoladaData.read(withMark).readings().get(0).status()).as("UTF-8 with a byte order mark").isEqualTo("\u00f6");
        assertThat(KoladaData.read(entry("{\"gender\":\"T\",\"value\":1,\"status\":\"\u00f6\"}").getBytes(StandardCharsets.UTF_16))
                .readings().get(0).status()).as("UTF-16 with its byte order mark").isEqualTo("\u00f6");
    }
}
