package org.tailor.core.abtest;

/**
 * A cumulative look at the data up to {@code date}. {@code label} is "interim" for every look before the planned
 * end and "final" for the last one; interim p-values are not corrected for repeated looks and never decide.
 */
public record InterimLook(String label, String date, Arm control, Arm treatment, double z, double pValue) {
}
