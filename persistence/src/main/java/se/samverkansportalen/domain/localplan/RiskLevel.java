package se.samverkansportalen.domain.localplan;

/**
 * The level of a risk on the 4x4 matrix, from likelihood × severity (each 1–4): green 1–3
 * (low, acceptable), yellow 4–6 (significant: act after deeper analysis), red 8–16 (critical:
 * act at once). The matrix has no score 7; the source names 9–12 red, and its cells 8 and 16 are
 * taken as red too.
 */
public enum RiskLevel {
    GREEN, YELLOW, RED;

    public static final int SCALE = 4;

    public static RiskLevel of(int likelihood, int severity) {
        if (likelihood < 1 || likelihood > SCALE || severity < 1 || severity > SCALE) {
            throw new IllegalArgumentException("Likelihood and severity are 1–4, got " + likelihood + " and " + severity);
        }
        int score = likelihood * severity;
        return score <= 3 ? GREEN : score <= 6 ? YELLOW : RED;
    }
}
