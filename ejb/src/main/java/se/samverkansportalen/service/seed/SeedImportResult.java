package se.samverkansportalen.service.seed;

/** What one import added. All zeros means the database already held everything. */
public record SeedImportResult(int kommunerAdded, int actorsAdded, int plansAdded) {

    public static final SeedImportResult NOTHING = new SeedImportResult(0, 0, 0);

    public boolean changedNothing() {
        return kommunerAdded == 0 && actorsAdded == 0 && plansAdded == 0;
    }

    public SeedImportResult plus(SeedImportResult other) {
        return new SeedImportResult(kommunerAdded + other.kommunerAdded, actorsAdded + other.actorsAdded,
                plansAdded + other.plansAdded);
    }
}
