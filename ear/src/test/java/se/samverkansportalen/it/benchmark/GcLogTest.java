package se.samverkansportalen.it.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the server's GC log as the JVM writes it (lines as JDK 17 wrote them on this kind of machine). */
class GcLogTest {

    private static final String EARLIER_JVM = """
            [0.003s][info][gc] Using Serial
            [0.500s][info][gc          ] GC(0) Pause Full (Allocation Failure) 500M->400M(512M) 900.000ms
            """;

    private static final String G1 = """
            [0.003s][info][gc] Using G1
            [0.018s][info][gc,init] Heap Max Capacity: 1G
            [1.340s][info][gc,start    ] GC(0) Pause Young (Normal) (G1 Evacuation Pause)
            [1.354s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 12M->4M(256M) 13.583ms
            [1.355s][info][gc,phases   ] GC(0)   Pre Evacuate Collection Set: 0.1ms
            [1.613s][info][gc          ] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 140M->80M(256M) 9.500ms
            [1.700s][info][gc          ] GC(2) Pause Remark 90M->90M(256M) 2.000ms
            [1.710s][info][gc          ] GC(2) Pause Cleanup 90M->90M(256M) 0.100ms
            [1.720s][info][gc          ] GC(2) Concurrent Mark Cycle 100.250ms
            [2.136s][info][gc,start    ] GC(3) Pause Full (System.gc())
            [2.191s][info][gc             ] GC(3) Pause Full (System.gc()) 138M->52M(180M) 55.009ms
            [2.300s][info][gc          ] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 1500K->1024K(180M) 1.000ms
            """;

    @Test
    void reads_the_pauses_full_collections_and_heap_after_gc_of_the_last_jvm() {
        GcLog.Summary summary = GcLog.summary(EARLIER_JVM + G1, true);

        assertThat(summary.collector()).isEqualTo("G1");
        assertThat(summary.maxHeap()).isEqualTo("1G");
        assertThat(summary.pauses()).isEqualTo(6);
        assertThat(summary.pauseMillis()).isCloseTo(13.583 + 9.5 + 2.0 + 0.1 + 55.009 + 1.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(summary.longestPauseMillis()).isCloseTo(55.009, org.assertj.core.data.Offset.offset(0.001));
        assertThat(summary.fullPauses()).isEqualTo(1);
        assertThat(summary.concurrentMillis()).isCloseTo(100.25, org.assertj.core.data.Offset.offset(0.001));
        assertThat(summary.lastHeapAfterKib()).as("after the last young or full collection").isEqualTo(1024);
        assertThat(summary.maxHeapAfterKib()).isEqualTo(80 * 1024);
        assertThat(summary.committedKib()).isEqualTo(180 * 1024);
    }

    @Test
    void a_part_between_two_marks_counts_only_its_own_pauses(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gc.log");
        Files.writeString(file, G1.lines().limit(4).map(l -> l + "\n").reduce("", String::concat), StandardCharsets.UTF_8);
        GcLog log = new GcLog(file);
        long from = log.mark();
        Files.writeString(file, G1.lines().skip(4).map(l -> l + "\n").reduce("", String::concat), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        GcLog.Summary part = log.between(from, log.mark());

        assertThat(part.pauses()).isEqualTo(5);
        assertThat(part.fullPauses()).isEqualTo(1);
        assertThat(part.collector()).isNull();
    }

    @Test
    void no_log_reads_as_no_pauses(@TempDir Path dir) throws Exception {
        GcLog log = new GcLog(dir.resolve("absent.log"));

        assertThat(log.mark()).isZero();
        assertThat(log.whole().pauses()).isZero();
        assertThat(log.whole().lastHeapAfterKib()).isEqualTo(-1);
    }
}
