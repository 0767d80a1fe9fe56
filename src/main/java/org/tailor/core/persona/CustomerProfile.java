package org.tailor.core.persona;

/** One customer's row in the personas table: features, RFM scores, RFM segment and persona name. */
public record CustomerProfile(String customerId, String persona, long recencyDays, int frequency, double monetary,
                              double basketSize, int r, int f, int m, String segment) {
}
