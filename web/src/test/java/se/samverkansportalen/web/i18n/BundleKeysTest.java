package se.samverkansportalen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.web.Messages;

/**
 * The pages' Swedish texts (messages.properties, the base bundle) and English texts
 * (messages_en.properties) have the same keys, so that no text falls back to the other language
 * or shows as a bare key; each text has the same {n} placeholders in both languages;
 * no key is written twice in a file; and messages_sv.properties stays empty (it only stops a Swedish request falling back to the JVM's
 * locale), so Swedish is written in one place.
 */
class BundleKeysTest {

    private static final String PATH = "/" + Messages.BUNDLE.replace('.', '/');

    private final Properties swedish = read(PATH + ".properties");
    private final Properties english = read(PATH + "_en.properties");

    @Test
    void every_Swedish_text_has_an_English_translation() {
        assertThat(missing(english, swedish)).as("keys missing in messages_en.properties").isEmpty();
    }

    @Test
    void every_English_text_has_a_Swedish_original() {
        assertThat(missing(swedish, english)).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void no_text_is_empty_in_either_language() {
        assertThat(keys(swedish)).filteredOn(k -> swedish.getProperty(k).isBlank()).as("empty Swedish texts").isEmpty();
        assertThat(keys(english)).filteredOn(k -> english.getProperty(k).isBlank()).as("empty English texts").isEmpty();
    }

    @Test
    void both_languages_fill_in_the_same_placeholders() {
        TreeMap<String, String> differing = new TreeMap<>();
        for (String key : keys(swedish)) {
            if (english.containsKey(key)) {
                Set<String> sv = placeholders(swedish.getProperty(key));
                Set<String> en = placeholders(english.getProperty(key));
                if (!sv.equals(en)) {
                    differing.put(key, "sv " + sv + ", en " + en);
                }
            }
        }
        assertThat(differing).as("texts whose {n} placeholders differ between the languages").isEmpty();
    }

    @Test
    void no_key_is_written_twice_in_a_file() {
        // Properties keeps the last of two equal keys without a word: the first text is dead and misleads its reader.
        for (String file : java.util.List.of(PATH + ".properties", PATH + "_en.properties")) {
            java.util.Map<String, Long> counts = new TreeMap<>();
            try (InputStream in = BundleKeysTest.class.getResourceAsStream(file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip()).forEach(k -> counts.merge(k, 1L, Long::sum));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(counts).as("keys written more than once in %s", file).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1L));
        }
    }

    @Test
    void the_Swedish_locale_bundle_adds_no_texts_of_its_own() {
        assertThat(keys(read(PATH + "_sv.properties"))).isEmpty();
    }

    /** The keys of {@code other} that {@code bundle} lacks. */
    private static Set<String> missing(Properties bundle, Properties other) {
        Set<String> missing = keys(other);
        missing.removeAll(keys(bundle));
        return missing;
    }

    private static Set<String> keys(Properties bundle) {
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text.replaceAll("'[^']*'", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** A bundle file as ResourceBundle reads it since Java 9: UTF-8. */
    private static Properties read(String resource) {
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
