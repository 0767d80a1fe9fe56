package org.tailor.core.model;

import java.util.Map;

/**
 * A customer as stored in the workspace. {@code externalId} is the id from the source file, kept as text.
 * Nullable boxed fields mean "not known".
 */
public record Customer(long id, String externalId, String firstName, Integer age, String gender, String occupation,
                       String country, String city, String zip, String email, String phone,
                       Boolean emailOptIn, boolean optedOut, String unsubscribedAt, Map<String, String> attributes) {
    public Customer {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
