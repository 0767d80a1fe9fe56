package org.tailor.core.store;

/** One stored result row (persona run, ledger entry ...): its id, parameters or query, JSON result and time. */
public record StoredRun(long id, String params, String result, String createdAt) {
}
