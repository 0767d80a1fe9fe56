package org.tailor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints an evaluation report as readable text: the protocol, then one line per variant. */
final class ReportPrinter {
    private ReportPrinter() {
    }

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> report, PrintWriter out) {
        for (Map.Entry<String, Object> e : report.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                out.println(e.getKey() + ":");
                m.forEach((k, x) -> {
                    if (x instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof Map<?, ?>) {
                        out.println("  " + k + ":");
                        rows.forEach(row -> out.println("    " + format(row)));
                    } else {
                        out.println("  " + k + ": " + format(x));
                    }
                });
            } else if (v instanceof List<?> l) {
                out.println(e.getKey() + ":");
                for (Object row : l) {
                    if (row instanceof Map<?, ?> m) {
                        StringBuilder sb = new StringBuilder("  ");
                        ((Map<String, Object>) m).forEach((k, x) -> sb.append(k).append('=').append(format(x))
                                .append("  "));
                        out.println(sb.toString().stripTrailing());
                    } else {
                        out.println("  " + format(row));
                    }
                }
            } else {
                out.println(e.getKey() + ": " + format(v));
            }
        }
    }

    private static String format(Object x) {
        if (x instanceof Double d) {
            return Math.abs(d) < 1e-3 && d != 0 ? String.format(Locale.ROOT, "%.3g", d)
                    : String.format(Locale.ROOT, "%.4f", d);
        }
        if (x instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, v) -> sb.append(k).append('=').append(format(v)).append("  "));
            return sb.toString().stripTrailing();
        }
        if (x instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            l.forEach(v -> sb.append(sb.length() > 1 ? ", " : "").append(format(v)));
            return sb.append(']').toString();
        }
        return String.valueOf(x);
    }
}
