package se.samverkansportalen.service.seed;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the seed files' JSON into their records. */
public final class SeedReader {

    /** Where the seed files live on the class path of the ejb module. */
    public static final String REGIONAL_PLAN = "seed/vasterbotten-regional-plan.json";
    public static final String ACTORS = "seed/vasterbotten-actors.json";

    private SeedReader() {
    }

    public static RegionalPlanSeed regionalPlan(InputStream json) {
        return read(json, RegionalPlanSeed.class);
    }

    public static ActorsSeed actors(InputStream json) {
        return read(json, ActorsSeed.class);
    }

    /** Reads a seed file shipped with the portal. */
    public static <T> T fromClasspath(String resource, java.util.function.Function<InputStream, T> reader) {
        try (InputStream in = SeedReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SeedFormatException("Seed file missing from the class path: " + resource);
            }
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(InputStream json, Class<T> type) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            T value = jsonb.fromJson(json, type);
            if (value == null) {
                throw new SeedFormatException("The file is empty");
            }
            return value;
        } catch (JsonbException e) {
            throw new SeedFormatException("The file is not valid JSON of the expected shape: " + e.getMessage(), e);
        } catch (SeedFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new SeedFormatException("The file could not be read: " + e.getMessage(), e);
        }
    }
}
