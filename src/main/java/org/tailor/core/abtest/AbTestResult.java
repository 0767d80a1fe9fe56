package org.tailor.core.abtest;

import java.util.List;

/**
 * Everything the A/B screen shows. Differences are treatment minus control, as fractions (0.0175 = 1.75 pp).
 * {@code relativeLift} is null when the control rate is 0. {@code pValue} follows {@code alternative};
 * {@code pTwoSided} and {@code pOneSided} (treatment greater) are given for reference. {@code ciLow}/{@code ciHigh}:
 * Wald interval of the difference (unpooled standard error) at {@code 1 - alpha}. {@code fisherTwoSidedP}: Fisher's
 * exact test (sum of table probabilities not above the observed one). {@code looks}: cumulative looks when the
 * input had several dates, labelled "interim" with a warning in {@code warnings}.
 */
public record AbTestResult(Arm control, Arm treatment, double absoluteDifference, Double relativeLift,
                           double pooledRate, double z, Alternative alternative, double alpha, double pValue,
                           double pTwoSided, double pOneSided, double chiSquare, double chiSquareP, double ciLow,
                           double ciHigh, double fisherTwoSidedP, boolean significant, String test, String verdict,
                           List<InterimLook> looks, List<String> warnings) {
}
