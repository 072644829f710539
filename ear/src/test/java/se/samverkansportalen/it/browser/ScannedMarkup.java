package se.samverkansportalen.it.browser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What axe-core found on each page markup already scanned in this test run, so that a page whose
 * markup is the same as one scanned before (by any test, in any browser) is judged by that scan
 * instead of a new one: axe judges the document, and the same document under the same style sheets
 * and window size gets the same findings. Scanning is about half of the browser tests' time per
 * page, and most tests pass through the same pages (the start page after logging in, the plan, the
 * report), so this keeps "every page state is scanned" within CI's time.
 *
 * <p>"The same markup" is the document's HTML as {@link Browser} reads it (without scripts, hidden
 * fields' values and nonces) with every run of digits that does not follow a letter read as one
 * digit: ids in addresses, counts and dates differ between two loads of one page state and change
 * nothing axe judges; every word, element (an
 * {@code h2} is not an {@code h3}), attribute and class still counts, so a page with another
 * message, another column or another aria attribute is scanned anew.
 */
final class ScannedMarkup {

    private static final Pattern DIGITS = Pattern.compile("(?<![A-Za-z])[0-9]+");

    private final Map<String, List<String>> findings = new ConcurrentHashMap<>();

    /** The key of a page's markup (its {@code outerHTML}): a SHA-256 of it with every run of digits not after a letter as "0". */
    static String key(String markup) {
        String normalised = DIGITS.matcher(markup).replaceAll("0");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** What axe found on the markup with this key when it was scanned before; empty when it was not. */
    Optional<List<String>> findings(String key) {
        return Optional.ofNullable(findings.get(key));
    }

    /** Notes what axe found (nothing: an empty list) on the markup with this key. */
    void scanned(String key, List<String> failures) {
        findings.put(key, List.copyOf(failures));
    }

    /** How many different markups were scanned. */
    int size() {
        return findings.size();
    }
}
