package org.tailor.core.persona;

/**
 * Parameters of a persona run. {@code referenceDate} is ISO yyyy-MM-dd or null for "latest interaction date".
 * {@code restarts} k-means restarts (seeds {@code seed}, {@code seed+1}, ...).
 */
public record PersonaParams(int k, long seed, int restarts, String referenceDate) {
    public static PersonaParams defaults() {
        return new PersonaParams(5, 7, 10, null);
    }

    public PersonaParams {
        if (k < 1 || k > 50) {
            throw new IllegalArgumentException("The number of personas must be between 1 and 50, was " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("k-means needs at least one restart, was " + restarts);
        }
    }
}
