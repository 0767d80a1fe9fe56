package org.tailor.core.privacy;

import java.util.List;

/**
 * Records sharing the same quasi-identifier values ({@code values}, in QI order). {@code size}: records in it;
 * {@code compatibleSize}: records compatible with it under the report's convention (equal to size under A);
 * {@code distinctSensitive}: distinct values of the sensitive column (null when none was chosen).
 */
public record EquivalenceClass(List<String> values, int size, int compatibleSize, Integer distinctSensitive,
                               List<String> members) {
}
