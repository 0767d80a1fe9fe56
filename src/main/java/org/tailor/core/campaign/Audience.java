package org.tailor.core.campaign;

/** Who a campaign is for: every customer, the members of a persona (latest persona run), or an RFM segment. */
public record Audience(Kind kind, String name) {
    public enum Kind { ALL, PERSONA, SEGMENT }

    public static Audience all() {
        return new Audience(Kind.ALL, null);
    }

    public static Audience persona(String name) {
        return new Audience(Kind.PERSONA, name);
    }

    public static Audience segment(String name) {
        return new Audience(Kind.SEGMENT, name);
    }

    public String label() {
        return switch (kind) {
            case ALL -> "all customers";
            case PERSONA -> "persona " + name;
            case SEGMENT -> "RFM segment " + name;
        };
    }
}
