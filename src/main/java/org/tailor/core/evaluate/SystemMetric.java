package org.tailor.core.evaluate;

/**
 * A metric over all customers' lists: lists are added one by one (not thread-safe; add from one thread) and the
 * result read at the end. Customers with an empty list add nothing but are still counted where it matters.
 */
public interface SystemMetric {
    String name();

    void add(int[] ranked);

    /** The value, or NaN when it cannot be computed (the caller says why). */
    double result();
}
