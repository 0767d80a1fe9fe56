package org.tailor.core.abtest;

/** One row of a results file: on {@code date} (text, sorts as ISO), arm {@code variant} got these numbers. */
public record DailyResult(String date, String variant, long visitors, long conversions) {
}
