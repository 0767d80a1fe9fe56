package org.tailor.cli;

import com.google.gson.GsonBuilder;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tailor.core.abtest.AbTestAnalyzer;
import org.tailor.core.abtest.AbTestResult;
import org.tailor.core.abtest.Alternative;
import org.tailor.core.abtest.DailyResult;
import org.tailor.core.abtest.InterimLook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Analyzes an A/B results file: columns variant (or arm), visitors, conversions and optionally date. */
@Command(mixinStandardHelpOptions = true, name = "abtest", description = "Two-proportion A/B analysis of a results CSV (variant, visitors, conversions[, date]).")
final class AbtestCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--results", required = true, description = "Results CSV.")
    Path results;

    @Option(names = "--control", description = "Name of the control arm (default: 'control' or the first arm).")
    String control;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--alternative", defaultValue = "two-sided",
            description = "two-sided, greater or less; choose before seeing the data (default ${DEFAULT-VALUE}).")
    String alternative;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        Alternative alt = switch (alternative.toLowerCase(Locale.ROOT)) {
            case "two-sided" -> Alternative.TWO_SIDED;
            case "greater" -> Alternative.GREATER;
            case "less" -> Alternative.LESS;
            default -> throw new IllegalArgumentException("--alternative must be two-sided, greater or less");
        };
        AbTestResult r = new AbTestAnalyzer().analyzeDaily(read(results), control, alt, alpha);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(r));
            return;
        }
        out.printf(Locale.ROOT, "%s: %d/%d (%.4f%%)   %s: %d/%d (%.4f%%)%n", r.control().name(), r.control().conversions(),
                r.control().visitors(), 100 * r.control().rate(), r.treatment().name(), r.treatment().conversions(),
                r.treatment().visitors(), 100 * r.treatment().rate());
        out.printf(Locale.ROOT, "difference %+.2f pp, %s: z = %.6f, p = %.6f, %.0f%% CI [%+.2f pp, %+.2f pp]%n",
                100 * r.absoluteDifference(), r.test(), r.z(), r.pValue(), 100 * (1 - alpha), 100 * r.ciLow(),
                100 * r.ciHigh());
        out.printf(Locale.ROOT, "Fisher exact (two-sided) p = %.6f%n", r.fisherTwoSidedP());
        for (InterimLook l : r.looks()) {
            out.printf(Locale.ROOT, "  %-7s %s  p = %.6f%n", l.label(), l.date(), l.pValue());
        }
        r.warnings().forEach(w -> out.println("warning: " + w));
        out.println("verdict: " + r.verdict());
    }

    /**
     * Reads the results file, checking every row: whole non-negative numbers, conversions not above visitors, a
     * real yyyy-MM-dd date when there is a date column, and each arm at most once per date (once in a file without
     * dates): a repeated arm row is refused naming both lines, never summed silently.
     */
    static List<DailyResult> read(Path file) {
        List<DailyResult> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord rec : reader) {
                long line = rec.getStartingLineNumber();
                String arm = rec.findField("variant").or(() -> rec.findField("arm")).orElseThrow(() ->
                        new IllegalArgumentException(file + " line " + line + ": no 'variant' (or 'arm') column"))
                        .trim();
                if (arm.isEmpty()) {
                    throw new IllegalArgumentException(file + " line " + line + ", column variant: the arm name is"
                            + " empty");
                }
                String date = rec.findField("date").map(d -> date(d, file, line)).orElse("");
                long visitors = number(rec, "visitors", file, line);
                long conversions = number(rec, "conversions", file, line);
                if (conversions > visitors) {
                    throw new IllegalArgumentException(file + " line " + line + ": conversions (" + conversions
                            + ") are more than the visitors (" + visitors + ")");
                }
                Long first = seen.putIfAbsent(date + "\u0000" + arm, line);
                if (first != null) {
                    throw new IllegalArgumentException(file + " lines " + first + " and " + line + ": arm '" + arm
                            + "' appears twice" + (date.isEmpty() ? "" : " for " + date) + "; give one row per arm"
                            + (date.isEmpty() ? "" : " and date") + " (rows are not added up)");
                }
                rows.add(new DailyResult(date, arm, visitors, conversions));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no result rows (expected a header variant,visitors,"
                    + "conversions and one row per arm)");
        }
        return rows;
    }

    private static String date(String v, Path file, long line) {
        try {
            return LocalDate.parse(v.trim()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + " line " + line + ", column date: '" + v + "' is not a real"
                    + " date like 2024-04-01", e);
        }
    }

    private static long number(NamedCsvRecord rec, String column, Path file, long line) {
        String v = rec.findField(column).orElseThrow(() ->
                new IllegalArgumentException(file + " line " + line + ": no '" + column + "' column"));
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + line + ", column " + column + ": '" + v
                    + "' is not a whole number", e);
        }
        if (n < 0) {
            throw new IllegalArgumentException(file + " line " + line + ", column " + column + ": " + n
                    + " is negative; counts must be 0 or more");
        }
        return n;
    }
}
