package org.tailor.core.abtest;

/** One arm of an experiment: its name, visitors (or recipients) and conversions. */
public record Arm(String name, long visitors, long conversions) {
    public Arm {
        if (visitors < 0 || conversions < 0 || conversions > visitors) {
            throw new IllegalArgumentException("Arm " + name + ": conversions (" + conversions
                    + ") must be between 0 and the visitors (" + visitors + ")");
        }
    }

    public double rate() {
        return visitors == 0 ? 0 : conversions / (double) visitors;
    }
}
