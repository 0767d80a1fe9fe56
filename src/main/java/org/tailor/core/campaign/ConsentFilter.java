package org.tailor.core.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tailor.core.model.Customer;
import org.tailor.core.persona.NaturalOrder;

/**
 * Consent and de-duplication. Opt-out comes first for every customer: the opted-out flag, an unsubscribe date
 * (even with email_opt_in = yes) and, for email, email_opt_in = no. For email, a customer without an address is
 * left out next; the rest are grouped by normalised address (trimmed, case-insensitive); a group in which anyone
 * opted out (including customers already left out for it) is left out entirely ("opt-out wins across duplicates");
 * otherwise the first customer by id (natural order) is kept and the others are merged into it.
 */
public final class ConsentFilter {
    /** Kept customers in id order, and the exclusions added to {@code excluded}. */
    public List<Customer> apply(List<Customer> audience, Channel channel, List<Exclusion> excluded) {
        List<Customer> sorted = new ArrayList<>(audience);
        sorted.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.externalId(), b.externalId()));
        Map<String, String> optedOutByAddress = new LinkedHashMap<>();
        List<Customer> consenting = new ArrayList<>();
        for (Customer c : sorted) {
            String why = optOutReason(c, channel);
            if (why != null) {
                excluded.add(new Exclusion(c.externalId(), Exclusion.OPTED_OUT, why));
                String addr = normalise(c.email());
                if (addr != null) {
                    optedOutByAddress.putIfAbsent(addr, c.externalId());
                }
            } else if (channel == Channel.EMAIL && normalise(c.email()) == null) {
                excluded.add(new Exclusion(c.externalId(), Exclusion.NO_ADDRESS, "no email address"));
            } else {
                consenting.add(c);
            }
        }
        if (channel != Channel.EMAIL) {
            return consenting;
        }
        Map<String, Customer> keeper = new LinkedHashMap<>();
        List<Customer> kept = new ArrayList<>();
        for (Customer c : consenting) {
            String addr = normalise(c.email());
            String blocker = optedOutByAddress.get(addr);
            if (blocker != null) {
                excluded.add(new Exclusion(c.externalId(), Exclusion.OPTED_OUT,
                        "same address as " + blocker + ", who opted out"));
            } else if (keeper.containsKey(addr)) {
                excluded.add(new Exclusion(c.externalId(), Exclusion.MERGED,
                        "duplicate address, merged into " + keeper.get(addr).externalId()));
            } else {
                keeper.put(addr, c);
                kept.add(c);
            }
        }
        return kept;
    }

    static String optOutReason(Customer c, Channel channel) {
        if (c.optedOut()) {
            return "opted out";
        }
        if (c.unsubscribedAt() != null && !c.unsubscribedAt().isBlank()) {
            return "unsubscribed on " + c.unsubscribedAt().trim();
        }
        if (channel == Channel.EMAIL && Boolean.FALSE.equals(c.emailOptIn())) {
            return "no email consent (email_opt_in = no)";
        }
        return null;
    }

    /** Trimmed, lower-case address, or null when blank. */
    public static String normalise(String email) {
        String s = clean(email);
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /**
     * The address as exported: no-break spaces and zero-width characters (common in spreadsheet exports) removed
     * and surrounding whitespace stripped; null when nothing is left.
     */
    public static String clean(String email) {
        if (email == null) {
            return null;
        }
        String s = email.replaceAll("[\\u00A0\\u200B\\u200C\\u200D\\uFEFF]", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
