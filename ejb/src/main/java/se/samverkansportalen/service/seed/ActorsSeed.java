package se.samverkansportalen.service.seed;

import java.util.List;

/** The kommuner of the region and its regional actors ({@code seed/vasterbotten-actors.json}). */
public record ActorsSeed(String source, List<KommunEntry> kommuner, List<ActorEntry> regionalActors) {

    public record KommunEntry(String code, String name) {
    }

    public record ActorEntry(String key, String name, String kind, String note, List<String> members) {
    }
}
