package org.tailor.core.privacy;

import com.google.gson.Gson;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.tailor.core.store.PrivacyLedgerRepository;
import org.tailor.core.store.Workspace;

/**
 * The workspace's differential-privacy budget (setting {@code privacy.epsilon.total}, default 1.0) and its ledger.
 * A release is checked against the remaining budget before anything is computed; a refused query costs nothing.
 * Asking again for a stored query re-shows the stored release (no new noise, no cost); only an explicit refresh
 * spends budget again.
 */
public final class PrivacyBudget {
    public static final String TOTAL_SETTING = "privacy.epsilon.total";
    private static final Gson GSON = new Gson();
    private static final double TOLERANCE = 1e-9;

    private final Workspace ws;
    private final PrivacyLedgerRepository ledger;

    public PrivacyBudget(Workspace ws) {
        this.ws = ws;
        this.ledger = new PrivacyLedgerRepository(ws);
    }

    public double total() {
        return ws.setting(TOTAL_SETTING).map(Double::parseDouble).orElse(1.0);
    }

    public void setTotal(double epsilon) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("The privacy budget must be positive, was " + epsilon);
        }
        ws.putSetting(TOTAL_SETTING, Double.toString(epsilon));
    }

    public double spent() {
        return ledger.spent();
    }

    public double remaining() {
        return Math.max(0, total() - spent());
    }

    /** The stored release of a query, if it was released before. */
    public Optional<DpRelease> stored(String query) {
        return ledger.latest(query).map(r -> {
            DpRelease d = GSON.fromJson(r.result(), DpRelease.class);
            return new DpRelease(d.query(), d.epsilon(), d.sensitivity(), d.scale(), d.neighbours(), d.composition(),
                    d.seed(), d.noisyCounts(), true);
        });
    }

    /**
     * Returns the stored release of {@code query} unless {@code refresh}; otherwise checks the budget, then computes
     * and records a new release costing {@code epsilon}.
     */
    public DpRelease release(String query, double epsilon, boolean refresh, Supplier<DpRelease> compute) {
        if (!refresh) {
            Optional<DpRelease> s = stored(query);
            if (s.isPresent()) {
                return s.get();
            }
        }
        double remaining = total() - spent();
        if (epsilon > remaining + TOLERANCE) {
            throw new PrivacyBudgetExceededException(String.format(Locale.ROOT, "Refused: '%s' needs epsilon %s but"
                    + " only %s of the total %s remains. Nothing was computed.", query, epsilon,
                    Math.max(0, remaining), total()));
        }
        DpRelease r = compute.get();
        ledger.record(query, epsilon, GSON.toJson(r));
        return r;
    }
}
