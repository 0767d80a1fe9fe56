package org.tailor.core.persona;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a persona run, stored as JSON in {@code persona_run}: personas (largest first), RFM segment counts,
 * every active customer's profile, how many customers had no activity, and what made it (parameters, reference date,
 * data version, k-means inertia of the kept restart). {@code runId} is 0 until stored. Only non-empty clusters are
 * personas, so there may be fewer than {@code params.k()}. {@code ignoredAfterReference}: interactions left out
 * because they are dated after the reference date (future-dated rows); 0 in runs stored before it existed.
 */
public record PersonaReport(long runId, PersonaParams params, String referenceDate, String dataVersion,
                            List<String> categories, List<Persona> personas, Map<String, Integer> rfmSegments,
                            List<CustomerProfile> customers, int customersWithoutActivity, double inertia,
                            int ignoredAfterReference) {

    public PersonaReport(long runId, PersonaParams params, String referenceDate, String dataVersion,
                         List<String> categories, List<Persona> personas, Map<String, Integer> rfmSegments,
                         List<CustomerProfile> customers, int customersWithoutActivity, double inertia) {
        this(runId, params, referenceDate, dataVersion, categories, personas, rfmSegments, customers,
                customersWithoutActivity, inertia, 0);
    }

    /** The persona with this name, ignoring case and surrounding spaces. */
    public Optional<Persona> persona(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return personas.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }

    /** External ids of the members of a persona (exact name as in {@link #persona}). */
    public List<String> membersOf(String personaName) {
        String n = personaName.trim().toLowerCase(Locale.ROOT);
        return customers.stream().filter(c -> c.persona().toLowerCase(Locale.ROOT).equals(n))
                .map(CustomerProfile::customerId).toList();
    }

    /** External ids of the customers in an RFM segment (name ignoring case). */
    public List<String> membersOfSegment(String segment) {
        String n = segment.trim().toLowerCase(Locale.ROOT);
        return customers.stream().filter(c -> c.segment().toLowerCase(Locale.ROOT).equals(n))
                .map(CustomerProfile::customerId).toList();
    }

    PersonaReport withRunId(long id) {
        return new PersonaReport(id, params, referenceDate, dataVersion, categories, personas, rfmSegments, customers,
                customersWithoutActivity, inertia, ignoredAfterReference);
    }

    /** True when k-means was asked for more personas than non-empty clusters it found. */
    public boolean fewerPersonasThanAsked() {
        return personas.size() < params.k();
    }
}
