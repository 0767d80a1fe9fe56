package org.tailor.core.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.model.Customer;
import org.tailor.core.store.CustomerRepository;
import org.tailor.core.store.Workspace;

/**
 * The customer table as {@link QuasiRecord}s. Columns: the standard ones (age, gender, occupation, country, city,
 * zip, first_name, email, phone), any attribute key, and two generalisations when no attribute has that name:
 * {@code age_band} (&lt;25, 25-34, 35-44, 45-54, 55+) and {@code zip3} (first three characters of zip).
 */
public final class CustomerRecords {
    private CustomerRecords() {
    }

    public static List<QuasiRecord> load(Workspace ws) {
        List<QuasiRecord> out = new ArrayList<>();
        for (Customer c : new CustomerRepository(ws).findAll()) {
            out.add(new QuasiRecord(c.externalId(), values(c)));
        }
        return out;
    }

    public static Map<String, String> values(Customer c) {
        Map<String, String> v = new HashMap<>();
        if (c.age() != null) {
            v.put("age", c.age().toString());
            v.put("age_band", ageBand(c.age()));
        }
        put(v, "gender", c.gender());
        put(v, "occupation", c.occupation());
        put(v, "country", c.country());
        put(v, "city", c.city());
        put(v, "zip", c.zip());
        if (c.zip() != null && c.zip().trim().length() >= 3) {
            v.put("zip3", c.zip().trim().substring(0, 3));
        }
        put(v, "first_name", c.firstName());
        put(v, "email", c.email());
        put(v, "phone", c.phone());
        v.putAll(c.attributes());
        return v;
    }

    /** Age bands used across privacy and fairness reports. */
    public static String ageBand(int age) {
        if (age < 25) {
            return "<25";
        }
        if (age < 35) {
            return "25-34";
        }
        if (age < 45) {
            return "35-44";
        }
        return age < 55 ? "45-54" : "55+";
    }

    private static void put(Map<String, String> v, String k, String value) {
        if (value != null && !value.isBlank()) {
            v.put(k, value);
        }
    }
}
