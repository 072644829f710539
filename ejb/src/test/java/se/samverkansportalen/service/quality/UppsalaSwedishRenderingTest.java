package se.samverkansportalen.service.quality;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.quality.EntryList;

/**
 * Vännäs' example shows Uppsala's 2024 berättelse in Swedish: the seed's transcriber wrote some of
 * its prose as English paraphrase, and the seed file stays as transcribed, so every such string has
 * a Swedish rendering in the file beside it. Nothing the berättelse shows (on its page, in its PDF
 * and DOCX) reads as English then; each rendering is of a string the seed holds; and the figures,
 * section titles, control areas, control names, avdelningar and the list entries' names stay
 * exactly the seed's (a rendered entry keeps its heading before the colon and its numbers; notes
 * are the transcriber's prose and are rendered whole).
 */
class UppsalaSwedishRenderingTest {

    /**
     * Words that are English and not Swedish, as the paraphrases use them: one of them in a shown
     * text means an English paraphrase without a rendering.
     */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "by", "with", "from", "to", "is", "are", "was", "were", "a",
            "an", "as", "most", "some", "each", "every", "than", "plus", "own", "how", "about", "new", "next", "came", "come", "concern",
            "introduced", "registering", "following", "linked", "table", "risks", "measures", "events", "documented", "areas", "better",
            "weaker", "mixed", "checklist", "children's", "four", "spring", "autumn", "planned", "hours", "restarted", "flats", "clients",
            "granted", "agreed", "expected", "tenants", "year", "year-end", "for");
    /** Names of methods and systems that are English in Swedish text too. */
    private static final List<String> PROPER_NAMES = List.of("Signs of Safety", "Addiction Severity Index", "DF Respons", "Lex Sarah");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");

    private static final Map<String, String> RENDERINGS = QualityReportFile.renderings(
            QualityReportExamples.resource(QualityReportExamples.UPPSALA_2024_SWEDISH));

    private static QualityReportView rendered() {
        return QualityReportContent.read(QualityReportExamples.uppsala2024("2460", "Vännäs").getAdoptedContent());
    }

    /** The example read from the seed with no renderings: the seed's own words. */
    private static QualityReportView asTranscribed() {
        QualityReportFile.Contents contents = QualityReportFile.read(QualityReportExamples.resource(QualityReportExamples.UPPSALA_2024));
        return QualityReportContent.read(QualityReportExamples.example(contents, "2460", "Vännäs").getAdoptedContent());
    }

    @Test
    void nothing_the_example_shows_reads_as_english() {
        List<String> english = shownTexts(rendered()).stream().filter(UppsalaSwedishRenderingTest::readsAsEnglish).toList();

        assertThat(english).as("texts of the example in English: give each a Swedish rendering in "
                + QualityReportExamples.UPPSALA_2024_SWEDISH).isEmpty();
    }

    @Test
    void every_english_paraphrase_of_the_seed_has_a_swedish_rendering_and_every_rendering_is_of_the_seed() {
        List<String> seedStrings = strings(seed());
        List<String> paraphrases = seedStrings.stream().filter(UppsalaSwedishRenderingTest::readsAsEnglish).distinct().toList();

        assertThat(paraphrases).as("the seed's English paraphrases (the check finds them)").hasSizeGreaterThanOrEqualTo(10);
        assertThat(RENDERINGS.keySet()).as("an English paraphrase of the seed without a Swedish rendering").containsAll(paraphrases);
        assertThat(seedStrings).as("every rendering is of a string the seed holds, exactly").containsAll(RENDERINGS.keySet());
        RENDERINGS.forEach((english, swedish) -> {
            assertThat(readsAsEnglish(swedish)).as("the rendering of \"" + english + "\" reads as English: " + swedish).isFalse();
            assertThat(numbers(swedish)).as("the rendering of \"" + english + "\" keeps its numbers").isEqualTo(numbers(english));
        });
    }

    @Test
    void the_renderings_keep_the_seeds_figures_titles_control_areas_and_names() {
        QualityReportView rendered = rendered();
        QualityReportView transcribed = asTranscribed();

        assertThat(rendered.sourceLabel()).isEqualTo(transcribed.sourceLabel());
        assertThat(rendered.signedBy()).isEqualTo(transcribed.signedBy());
        assertThat(rendered.departments()).isEqualTo(transcribed.departments());
        assertThat(rendered.sections()).hasSameSizeAs(transcribed.sections());
        for (int i = 0; i < transcribed.sections().size(); i++) {
            QualityReportView.Section seed = transcribed.sections().get(i);
            QualityReportView.Section shown = rendered.sections().get(i);
            assertThat(shown.key()).isEqualTo(seed.key());
            assertThat(shown.kind()).isEqualTo(seed.kind());
            assertThat(shown.title()).as(seed.key() + ": its title").isEqualTo(seed.title());
            assertThat(shown.figures()).as(seed.key() + ": its figures").isEqualTo(seed.figures());
            assertThat(shown.inspections()).extracting(QualityReportView.InspectionView::name, QualityReportView.InspectionView::department,
                    QualityReportView.InspectionView::allDepartments, QualityReportView.InspectionView::controlAreas)
                    .as(seed.key() + ": its controls' names, avdelningar and control areas")
                    .isEqualTo(seed.inspections().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.name(), c.department(),
                            c.allDepartments(), c.controlAreas())).toList());
            for (EntryList list : EntryList.values()) {
                List<QualityReportView.Entry> seedEntries = seed.list(list);
                List<QualityReportView.Entry> shownEntries = shown.list(list);
                assertThat(shownEntries).as(seed.key() + " " + list).hasSameSizeAs(seedEntries);
                for (int e = 0; e < seedEntries.size(); e++) {
                    String name = seedEntries.get(e).name();
                    assertThat(shownEntries.get(e).department()).isEqualTo(seedEntries.get(e).department());
                    if (list == EntryList.NOTES) {
                        continue; // the transcriber's notes are prose, not the source's names
                    }
                    if (RENDERINGS.containsKey(name)) {
                        assertThat(heading(shownEntries.get(e).name())).as("a rendered name keeps its heading").isEqualTo(heading(name));
                    } else {
                        assertThat(shownEntries.get(e).name()).as(seed.key() + " " + list + " " + e + ": the seed's name").isEqualTo(name);
                    }
                }
            }
        }
        assertThat(rendered.section("self-inspection").inspections().get(0).method())
                .isEqualTo("checklista från IVO och förvaltningens egna kontroller; fokus på barnens delaktighet");
        assertThat(rendered.section("improvements").list(EntryList.ITEMS).get(2).followUp()).startsWith("startade om 2023-09-01 som IOP");
        assertThat(rendered.section("risks").list(EntryList.NOTES)).extracting(QualityReportView.Entry::name)
                .contains("Risker omvärderade 2024: några");
    }

    /** Whether a text has an English word outside the proper names. */
    static boolean readsAsEnglish(String text) {
        String rest = text;
        for (String name : PROPER_NAMES) {
            rest = rest.replace(name, " ");
        }
        Matcher words = WORD.matcher(rest);
        while (words.find()) {
            if (ENGLISH.contains(words.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Every text the example shows: its facts, titles, texts, figures, lists and controls. */
    private static List<String> shownTexts(QualityReportView view) {
        List<String> texts = new ArrayList<>(Stream.of(view.sourceLabel(), view.signedBy(), view.kommunName()).toList());
        texts.addAll(view.departments());
        for (QualityReportView.Section s : view.sections()) {
            texts.add(s.title());
            texts.add(s.text());
            for (QualityReportView.FigureRow f : s.figures()) {
                texts.add(f.name());
                Stream.concat(Stream.of(f.thisYear(), f.lastYear()), f.others().stream())
                        .filter(java.util.Objects::nonNull).forEach(a -> texts.add(a.periodNote()));
            }
            s.lists().forEach(l -> l.entries().forEach(e -> texts.addAll(java.util.Arrays.asList(e.department(), e.name(), e.followUp()))));
            for (QualityReportView.InspectionView i : s.inspections()) {
                texts.addAll(java.util.Arrays.asList(i.name(), i.department(), i.method(), i.result()));
                texts.addAll(i.controlAreas());
                texts.addAll(i.workstreams());
                texts.addAll(i.startingPoints());
            }
        }
        texts.removeIf(java.util.Objects::isNull);
        assertThat(texts).as("the example's texts were collected").hasSizeGreaterThan(50);
        return texts;
    }

    private static JsonObject seed() {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(QualityReportExamples.resource(QualityReportExamples.UPPSALA_2024)))) {
            return reader.readObject();
        }
    }

    /**
     * Every string value of a JSON value that is text of the berättelse, depth first: not the file's
     * codes (a section's key and kind, a figure's unit) nor its description of itself (basis).
     */
    private static List<String> strings(JsonValue value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof JsonString s) {
            strings.add(s.getString());
        } else if (value instanceof JsonArray a) {
            a.forEach(v -> strings.addAll(strings(v)));
        } else if (value instanceof JsonObject o) {
            o.forEach((name, v) -> {
                if (!CODES.contains(name)) {
                    strings.addAll(strings(v));
                }
            });
        }
        return strings;
    }

    private static final Set<String> CODES = Set.of("key", "kind", "unit", "basis");

    /** The digit sequences of a text, in order ("2023-09-01; 5 flats" → 2023, 09, 01, 5). */
    private static List<String> numbers(String text) {
        Matcher m = Pattern.compile("\\d+").matcher(text);
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }

    /** A list entry's heading: what it says before its first colon (all of it when it has none). */
    private static String heading(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    @Test
    void the_check_finds_english_and_passes_swedish() {
        assertThat(readsAsEnglish("most came by web and e-mail")).isTrue();
        assertThat(readsAsEnglish("de flesta kom in via webben och e-post")).isFalse();
        assertThat(readsAsEnglish("Effektivare administration: fyra processer till robotverkstaden; Signs of Safety")).isFalse();
        assertThat(new LinkedHashSet<>(RENDERINGS.values())).as("one rendering per English string").hasSize(RENDERINGS.size());
    }
}
