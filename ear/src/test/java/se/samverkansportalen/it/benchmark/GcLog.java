package se.samverkansportalen.it.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tested server's GC log, as the JVM's unified logging writes it with
 * {@code -Xlog:gc*:file=…:uptime,level,tags} (the benchmark profile in ear/pom.xml): the pauses
 * ({@code [gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->35M(256M) 5.123ms}), the full
 * collections among them ({@code Pause Full …}), the heap after each collection, and the collector
 * and maximum heap the JVM started with. Written for G1 (the default on this kind of machine), and
 * read the same way for the serial and parallel collectors, whose pause lines have the same form.
 * A part of the log is read by byte offsets ({@link #mark()}), so that a measured run can be told
 * from the server's start.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile(
            "\\[gc\\s*\\]\\s*GC\\((\\d+)\\)\\s+(Pause\\b.*?)\\s+(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)\\s+(\\d+(?:[.,]\\d+)?)ms");
    private static final Pattern CONCURRENT = Pattern.compile(
            "\\[gc\\s*\\]\\s*GC\\((\\d+)\\)\\s+(Concurrent (?:Mark|Undo) Cycle)\\s+(\\d+(?:[.,]\\d+)?)ms");
    private static final Pattern USING = Pattern.compile("\\[gc\\s*\\]\\s*Using (\\S+)");
    private static final Pattern MAX_HEAP = Pattern.compile("\\[gc,init\\s*\\]\\s*Heap Max Capacity: (\\S+)");

    private final Path file;

    GcLog(Path file) {
        this.file = file;
    }

    /** The log named by the system property {@code benchmark.gc.log}; null when none is named. */
    static GcLog fromSystemProperty() {
        String name = System.getProperty("benchmark.gc.log", "");
        return name.isBlank() ? null : new GcLog(Path.of(name));
    }

    Path file() {
        return file;
    }

    /** The log's length now, in bytes (0 when it does not exist yet): a place to read from later. */
    long mark() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** What the log says from the start of the last JVM that wrote it to its end. */
    Summary whole() throws IOException {
        return summary(read(0, Long.MAX_VALUE), true);
    }

    /** What the log says between two marks (whole lines only). */
    Summary between(long from, long to) throws IOException {
        return summary(read(from, to), false);
    }

    private String read(long from, long to) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = Math.min(to, in.length());
            if (end <= from) {
                return "";
            }
            byte[] bytes = new byte[Math.toIntExact(end - from)];
            in.seek(from);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int lastLine = text.lastIndexOf('\n');
            return lastLine < 0 ? "" : text.substring(0, lastLine + 1);
        }
    }

    /**
     * The pauses of {@code text} (only those after the last "Using …" line when {@code lastJvm}:
     * the log of an earlier server in the same file is left out).
     */
    static Summary summary(String text, boolean lastJvm) {
        List<String> lines = text.lines().toList();
        int first = 0;
        String collector = null;
        String maxHeap = null;
        if (lastJvm) {
            for (int i = 0; i < lines.size(); i++) {
                Matcher using = USING.matcher(lines.get(i));
                if (using.find()) {
                    first = i;
                    collector = using.group(1);
                    maxHeap = null;
                }
                Matcher max = MAX_HEAP.matcher(lines.get(i));
                if (max.find()) {
                    maxHeap = max.group(1);
                }
            }
        }
        int pauses = 0;
        int fullPauses = 0;
        double pauseMillis = 0;
        double fullMillis = 0;
        double longestMillis = 0;
        double concurrentMillis = 0;
        long lastAfterKib = -1;
        long maxAfterKib = -1;
        long committedKib = -1;
        for (String line : lines.subList(first, lines.size())) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                String kind = pause.group(2);
                double millis = Double.parseDouble(pause.group(9).replace(',', '.'));
                pauses++;
                pauseMillis += millis;
                longestMillis = Math.max(longestMillis, millis);
                if (kind.startsWith("Pause Full")) {
                    fullPauses++;
                    fullMillis += millis;
                }
                if (kind.startsWith("Pause Young") || kind.startsWith("Pause Full")) {
                    lastAfterKib = kib(pause.group(5), pause.group(6));
                    maxAfterKib = Math.max(maxAfterKib, lastAfterKib);
                    committedKib = kib(pause.group(7), pause.group(8));
                }
                continue;
            }
            Matcher concurrent = CONCURRENT.matcher(line);
            if (concurrent.find()) {
                concurrentMillis += Double.parseDouble(concurrent.group(3).replace(',', '.'));
            }
        }
        return new Summary(collector, maxHeap, pauses, pauseMillis, longestMillis, fullPauses, fullMillis, concurrentMillis,
                lastAfterKib, maxAfterKib, committedKib);
    }

    private static long kib(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n;
            case "M" -> n * 1024;
            default -> n * 1024 * 1024;
        };
    }

    /**
     * What a part of the log says: the collector and maximum heap (whole log only, else null),
     * the pauses (count, total and longest in ms), the full collections among them, the time of
     * concurrent cycles (not pauses), and the heap after the last collection, the largest heap
     * after any collection and the heap committed then, in KiB (-1: no collection).
     */
    record Summary(String collector, String maxHeap, int pauses, double pauseMillis, double longestPauseMillis, int fullPauses,
            double fullPauseMillis, double concurrentMillis, long lastHeapAfterKib, long maxHeapAfterKib, long committedKib) {

        /** One line for the output. */
        String describe() {
            return String.format(Locale.ROOT,
                    "%d pauses, %.0f ms in all (longest %.0f ms), %d full GC (%.0f ms), concurrent cycles %.0f ms; "
                            + "heap after last GC %s, largest after GC %s, committed %s",
                    pauses, pauseMillis, longestPauseMillis, fullPauses, fullPauseMillis, concurrentMillis, mib(lastHeapAfterKib),
                    mib(maxHeapAfterKib), mib(committedKib));
        }

        private static String mib(long kib) {
            return kib < 0 ? "–" : String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
        }
    }
}
