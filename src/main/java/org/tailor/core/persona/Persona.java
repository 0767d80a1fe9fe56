package org.tailor.core.persona;

import java.util.Map;

/** One persona: generated name, number of customers and the mean of each feature over its members. */
public record Persona(String name, int size, double recencyDays, double frequency, double monetary,
                      double basketSize, Map<String, Double> categoryShares) {
}
