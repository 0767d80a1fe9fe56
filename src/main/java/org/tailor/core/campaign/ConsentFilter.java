package org.tailor.core.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tailor.core.model.Customer;
import org.tailor.core.persona.NaturalOrder;

/**
 * Consent and de-duplication. Opt-out comes first for every customer: the opted-out flag, an unsubscribe date
 * (even with email_opt_in = yes) and, for email, email_opt_in = no. For email, next: a customer with no recorded
 * consent (email_opt_in empty) is left out ("no recorded e-mail consent") - unless nobody in the workspace has an
 * email_opt_in value at all, in which case consent cannot be checked for anybody, nobody is left out for it and the
 * preview says so in a note. Then a customer without an address, then one whose address is not a plausible single
 * e-mail address ({@link #isPlausibleAddress}: two addresses in one cell, spaces inside, no dot in the domain).
 * The rest are grouped by normalised address (trimmed, case-insensitive); a group in which anyone opted out
 * (including customers already left out for it) is left out entirely ("opt-out wins across duplicates"); otherwise
 * the first customer by id (natural order) is kept and the others are merged into it.
 */
public final class ConsentFilter {
    public static final String NO_CONSENT_REASON = "no recorded e-mail consent";
    public static final String INVALID_ADDRESS_REASON = "invalid e-mail address";
    public static final String CONSENT_NOT_RECORDED_NOTE = "No customer in this workspace has a recorded e-mail"
            + " consent (no email_opt_in values): consent could not be checked, only opt-outs and unsubscribes were"
            + " applied.";
    /** One address: no spaces, commas, semicolons, brackets or quotes; one @; a domain of dot-separated labels. */
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[^\\s@,;:<>()\\[\\]\"]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.\\p{L}{2,}");

    /**
     * Kept customers in id order, and the exclusions added to {@code excluded}. Whether consent is recorded at all
     * is judged on the audience; prefer the overload that is told it for the whole workspace.
     */
    public List<Customer> apply(List<Customer> audience, Channel channel, List<Exclusion> excluded) {
        return apply(audience, channel, excluded, consentRecorded(audience));
    }

    /** True when at least one of these customers has an email_opt_in value (yes or no). */
    public static boolean consentRecorded(List<Customer> customers) {
        return customers.stream().anyMatch(c -> c.emailOptIn() != null);
    }

    /**
     * Kept customers in id order, and the exclusions added to {@code excluded}. {@code consentRecorded}: whether the
     * workspace records e-mail consent at all; when it does, a customer without a value is not mailed.
     */
    public List<Customer> apply(List<Customer> audience, Channel channel, List<Exclusion> excluded,
                                boolean consentRecorded) {
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
            } else if (channel == Channel.EMAIL && consentRecorded && c.emailOptIn() == null) {
                excluded.add(new Exclusion(c.externalId(), Exclusion.NO_CONSENT, NO_CONSENT_REASON));
            } else if (channel == Channel.EMAIL && normalise(c.email()) == null) {
                excluded.add(new Exclusion(c.externalId(), Exclusion.NO_ADDRESS, "no email address"));
            } else if (channel == Channel.EMAIL && !isPlausibleAddress(c.email())) {
                excluded.add(new Exclusion(c.externalId(), Exclusion.INVALID_ADDRESS, INVALID_ADDRESS_REASON));
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

    /**
     * Whether the cleaned cell is one plausible address: exactly one @, no whitespace, commas, semicolons, brackets
     * or quotes, and a domain of at least two dot-separated labels ending in a top-level name of 2+ letters.
     * {@code gus@example}, {@code a@x.com, b@y.com} and {@code ann smith@x.com} are not.
     */
    public static boolean isPlausibleAddress(String email) {
        String s = clean(email);
        return s != null && PLAUSIBLE.matcher(s).matches();
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
