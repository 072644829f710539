package se.samverkansportalen.it.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What axe-core found on the pages one browser test passed through: {@link Browser} scans each
 * page it sees newly loaded (after a navigation, a postback or a redirect; not Keycloak's pages)
 * and reports here, and {@link BrowserTestBase} fails the test at its end when any page had a
 * finding, so that a test cannot pass through an inaccessible page without looking at it.
 *
 * <p>Takes the findings of each scan as {@link AxeFindings#failures} words them, with the page's
 * address and the name of its screenshot; gives them grouped, each finding once with every page
 * load it was seen on. Pages that could not be scanned (not settled in time, left meanwhile, axe
 * failing) are counted and named but fail nothing: they were not judged.
 */
final class PageScans {

    /** At most this many page loads are named under one finding; the rest are counted. */
    static final int PLACES_SHOWN = 5;

    /** A page load as the test saw it: its address and the file name of its screenshot. */
    record Place(String address, String screenshot) {
    }

    private final String test;
    private final Map<String, List<Place>> findings = new LinkedHashMap<>();
    private final List<String> notScanned = new ArrayList<>();
    private int pages;
    private int pagesWithFindings;
    private int reused;
    private int sameMarkup;
    private Duration time = Duration.ZERO;

    /** The scans of the named test ("LoginIT.a_user_logs_in"), none yet. */
    PageScans(String test) {
        this.test = test;
    }

    /** A page load scanned in the given time, with the findings axe gave (none: the page passed). */
    synchronized void scanned(String address, String screenshot, List<String> failures, Duration took) {
        pages++;
        time = time.plus(took);
        if (!failures.isEmpty()) {
            pagesWithFindings++;
        }
        Place place = new Place(address, screenshot);
        for (String failure : failures) {
            findings.computeIfAbsent(failure, f -> new ArrayList<>()).add(place);
        }
    }

    /** A page load that was not scanned, and why (it did not settle, was left, or axe failed on it). */
    synchronized void notScanned(String address, String screenshot, String reason, Duration took) {
        time = time.plus(took);
        notScanned.add(address + " (" + screenshot + "): " + reason);
    }

    /** A test's own {@code accessibilityViolations()} answered from the scan at load, the page unchanged since. */
    synchronized void reused() {
        reused++;
    }

    /** A page load (counted by {@link #scanned}) judged by an earlier scan of the same markup ({@link ScannedMarkup}), not by a new one. */
    synchronized void sameMarkup() {
        sameMarkup++;
    }

    synchronized int sameMarkupScans() {
        return sameMarkup;
    }

    /** Whether any page load had a finding. */
    synchronized boolean failed() {
        return !findings.isEmpty();
    }

    synchronized int pages() {
        return pages;
    }

    synchronized int reusedScans() {
        return reused;
    }

    synchronized List<String> notScanned() {
        return List.copyOf(notScanned);
    }

    synchronized Duration time() {
        return time;
    }

    /**
     * The failure message: each finding once, in the order first seen, with the page loads it was
     * seen on (address and screenshot); empty when no page had a finding.
     */
    synchronized String report() {
        if (findings.isEmpty()) {
            return "";
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "axe found %d accessibility %s on %d of the %d page loads %s passed through (screenshots in ear/target/screenshots):",
                findings.size(), findings.size() == 1 ? "failure" : "failures", pagesWithFindings, pages, test));
        int n = 0;
        for (Map.Entry<String, List<Place>> finding : findings.entrySet()) {
            report.append('\n').append(++n).append(". ").append(finding.getKey());
            List<Place> places = finding.getValue();
            places.stream().limit(PLACES_SHOWN)
                    .forEach(p -> report.append("\n   on ").append(p.address()).append(" (").append(p.screenshot()).append(')'));
            if (places.size() > PLACES_SHOWN) {
                report.append("\n   and on ").append(places.size() - PLACES_SHOWN).append(" more page loads");
            }
        }
        return report.toString();
    }

    /** The scans of one test class's tests added up, for one line on what scanning every page load cost. */
    static final class Cost {

        private int pages;
        private int reused;
        private int sameMarkup;
        private int notScanned;
        private Duration time = Duration.ZERO;

        /** Adds one test's scans. */
        synchronized void add(PageScans scans) {
            pages += scans.pages();
            reused += scans.reusedScans();
            sameMarkup += scans.sameMarkupScans();
            notScanned += scans.notScanned().size();
            time = time.plus(scans.time());
        }

        /**
         * One line for the log: "axe on every page load: LoginIT scanned 12 page loads in 8.4 s
         * (0.70 s each), 5 of them judged by an earlier scan of the same markup; 3 of the tests' own
         * scans answered from them; 0 not scanned".
         */
        synchronized String line(String testClass) {
            double seconds = time.toMillis() / 1000.0;
            return String.format(Locale.ROOT,
                    "axe on every page load: %s scanned %d page loads in %.1f s (%.2f s each), %d of them judged by an earlier scan of the same markup; "
                            + "%d of the tests' own scans answered from them; %d not scanned",
                    testClass, pages, seconds, pages == 0 ? 0.0 : seconds / pages, sameMarkup, reused, notScanned);
        }
    }
}
