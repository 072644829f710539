package se.samverkansportalen.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A tidsram as people write it, kept word for word, with what {@link TimeframeParser} reads from
 * it beside the words: start, end, yearly recurrence, and whether the words were understood.
 */
@Embeddable
public class WrittenTimeframe {

    public static final int WORDS_MAX = 300;

    @Size(max = WORDS_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "timeframe", length = WORDS_MAX)
    private String words;

    @Column(name = "timeframe_start")
    private LocalDate start;

    @Column(name = "timeframe_end")
    private LocalDate end;

    @Column(name = "timeframe_yearly", nullable = false)
    private boolean yearly;

    @Column(name = "timeframe_understood", nullable = false)
    private boolean understood = true;

    protected WrittenTimeframe() {
    }

    public static WrittenTimeframe of(String words) {
        WrittenTimeframe timeframe = new WrittenTimeframe();
        timeframe.words = Texts.optional(words, WORDS_MAX, "timeframe");
        Timeframe meaning = TimeframeParser.parse(timeframe.words);
        timeframe.start = meaning.start();
        timeframe.end = meaning.end();
        timeframe.yearly = meaning.yearly();
        timeframe.understood = meaning.understood();
        return timeframe;
    }

    /** The words, or null when no tidsram is given. */
    public String words() {
        return words;
    }

    public Timeframe meaning() {
        return new Timeframe(start, end, yearly, understood);
    }
}
