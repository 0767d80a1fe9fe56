package org.tailor.ui.common;

import java.util.List;

/** Data of an {@link ErrorBarChart}: one series per group (a variant), one bar per category with its interval. */
public final class ErrorBars {
    private ErrorBars() {
    }

    public record Bar(String category, double value, double low, double high) {
    }

    public record Series(String name, List<Bar> bars) {
    }
}
