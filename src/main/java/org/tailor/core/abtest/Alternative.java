package org.tailor.core.abtest;

/**
 * The alternative hypothesis, chosen before the data is seen. {@code TWO_SIDED} is the default;
 * {@code GREATER} means "treatment converts better than control", {@code LESS} the reverse.
 */
public enum Alternative {
    TWO_SIDED, GREATER, LESS
}
