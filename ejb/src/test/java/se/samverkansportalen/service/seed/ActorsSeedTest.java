package se.samverkansportalen.service.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.actor.ActorKind;

/** The region's fifteen kommuner and its actors are read from the seed file as the source lists them. */
class ActorsSeedTest {

    private final ActorsSeed seed = SeedReader.fromClasspath(SeedReader.ACTORS, SeedReader::actors);

    @Test
    void fifteenKommunerWithTheirScbCodes() {
        assertThat(seed.kommuner()).hasSize(15);
        assertThat(seed.kommuner()).extracting(ActorsSeed.KommunEntry::code, ActorsSeed.KommunEntry::name)
                .contains(org.assertj.core.groups.Tuple.tuple("2480", "Umeå"),
                        org.assertj.core.groups.Tuple.tuple("2482", "Skellefteå"),
                        org.assertj.core.groups.Tuple.tuple("2421", "Storuman"));
    }

    @Test
    void everyActorKindIsKnownAndRegion8HasEightMembers() {
        assertThat(seed.regionalActors()).allSatisfy(a -> assertThat(ActorKind.fromKey(a.kind())).isNotNull());
        assertThat(seed.regionalActors()).filteredOn(a -> a.key().equals("region-8")).singleElement()
                .satisfies(a -> assertThat(a.members()).hasSize(8).contains("2421"));
    }
}
