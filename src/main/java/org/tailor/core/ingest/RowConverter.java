package org.tailor.core.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one parsed row into customer, item or interaction writes, or a rejection naming the column and reason.
 * Ids are text, trimmed and otherwise byte for byte; an id in scientific notation is kept but marked suspect.
 * Text fields are stored as in the file; numbers, dates and yes/no flags are parsed.
 */
final class RowConverter {
    /** How every rejection for a row without a customer id begins (the report counts them once). */
    static final String MISSING_CUSTOMER_ID = "missing customer id";
    /** The kind a cancellation or return is stored as. */
    static final String RETURN_KIND = "return";
    static final String SCIENTIFIC_WARNING = "id looks like scientific notation: probably damaged by a spreadsheet;"
            + " the original digits cannot be recovered";
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE][+-]?[0-9]+");

    private final ColumnPlan plan;
    private final FileSpec spec;
    private final RowSink sink;
    private final ImportStats stats;
    private final DateFormat[] dateFormat;
    private final NumberParser[] numbers;
    /** The value-type overrides, null when the file has none. */
    private final TypeOverrides overrides;
    private final String[] missingPolicy;
    private final boolean rejectReturns;
    private final boolean joinExisting;
    private final String defaultKind;
    private final String cancelPrefix;
    /** Interaction dates before 1900-01-01 are rejected. */
    static final long MIN_TS = java.time.LocalDate.of(1900, 1, 1).toEpochDay() * 86_400L;
    private final int maxYear;
    private final long maxTs;

    RowConverter(ColumnPlan plan, FileSpec spec, RowSink sink, ImportStats stats, DateFormat[] dateFormat,
                 NumberParser[] numbers) {
        this.plan = plan;
        this.spec = spec;
        this.sink = sink;
        this.stats = stats;
        this.dateFormat = dateFormat;
        this.numbers = numbers;
        this.missingPolicy = new String[plan.names.size()];
        if (spec.missing() != null) {
            spec.missing().forEach((col, policy) -> {
                for (int i = 0; i < plan.names.size(); i++) {
                    if (plan.names.get(i).equalsIgnoreCase(col)) {
                        missingPolicy[i] = policy;
                    }
                }
            });
        }
        this.rejectReturns = "reject".equalsIgnoreCase(spec.returns());
        this.joinExisting = Boolean.TRUE.equals(spec.joinExisting());
        this.defaultKind = spec.kind() == null ? "purchase" : spec.kind();
        this.cancelPrefix = spec.cancelPrefix();
        this.maxYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1;
        this.maxTs = java.time.LocalDate.of(maxYear + 1, 1, 1).toEpochDay() * 86_400L;
        this.overrides = TypeOverrides.of(plan, ColumnTypes.resolve(spec.types(), plan.names, ""), dateFormat,
                numbers);
    }

    /** Signals a rejected row from deep inside the conversion. */
    private static final class Reject extends Exception {
        private static final long serialVersionUID = 1L;
        final String column;

        Reject(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }

    void convert(long line, List<String> row) {
        convert(line, row, null, null);
    }

    /**
     * Converts one row; {@code problem} (may be null) is what the reader found wrong with the row's structure
     * (wrong field count, unbalanced quote), which rejects it in {@code problemColumn}. A cell holding a NUL byte
     * or {@link TextSource#UNDECODABLE} (bytes the file's encoding cannot decode) rejects the row first: neither is
     * ever stored. A U+FFFD written in the file itself is text like any other.
     */
    void convert(long line, List<String> row, String problem, String problemColumn) {
        suspect = null;
        String customerId = customerIdCell(row);
        if (customerId != null && sink.erased(customerId)) {
            stats.erasedRows++;
            return;
        }
        try {
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (v.indexOf('\0') >= 0) {
                    throw new Reject(columnName(i), "NUL byte in column " + columnName(i));
                }
                if (v.indexOf(TextSource.UNDECODABLE) >= 0) {
                    throw new Reject(columnName(i), "invalid bytes for " + stats.encoding + " at line " + line
                            + " (column " + columnName(i) + "); the file is not " + stats.encoding
                            + " throughout: choose its encoding with --encoding (for example windows-1252)");
                }
            }
            if (problem != null) {
                throw new Reject(problemColumn, problem);
            }
            switch (plan.entity) {
                case CUSTOMERS -> customer(line, row);
                case ITEMS -> item(line, row);
                default -> interaction(line, row);
            }
        } catch (Reject r) {
            stats.reject(line, r.column, r.getMessage());
            // the kept raw text shows an undecodable byte as U+FFFD, the way every reader of the export expects;
            // U+FFFF is only the reader's internal mark and is not a character to hand out
            String raw = String.join(String.valueOf(stats.delimiter), row)
                    .replace(TextSource.UNDECODABLE, '\uFFFD');
            String id = customerIdCell(row);
            sink.rejected(line, r.column, r.getMessage(), raw,
                    id == null ? null : id.replace(TextSource.UNDECODABLE, '\uFFFD'));
        }
    }

    private String columnName(int i) {
        return i < plan.names.size() ? plan.names.get(i) : "column_" + (i + 1);
    }

    /** The row's customer id cell (stripped), or null; kept with a rejected row so erasure can match it exactly. */
    private String customerIdCell(List<String> row) {
        Integer c = plan.col(Field.CUSTOMER_ID);
        if (c == null || c >= row.size()) {
            return null;
        }
        String v = row.get(c).strip();
        return v.isEmpty() || v.indexOf('\0') >= 0 ? null : v;
    }

    private void customer(long line, List<String> row) throws Reject {
        String id = id(line, row, Field.CUSTOMER_ID, true);
        if (id == null) {
            stats.customersWithoutId++;
            throw new Reject(name(Field.CUSTOMER_ID), MISSING_CUSTOMER_ID);
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < plan.names.size(); i++) {
            Field f = plan.fields[i];
            if (f == Field.CUSTOMER_ID || plan.ignored[i]) {
                continue;
            }
            String v = value(line, row, i);
            if (f != null && f.isCustomerField()) {
                fields.put(f.column(), typed(f, i, v));
            } else if (v != null && !v.isEmpty()) {
                fields.put(plan.names.get(i), v);
            }
        }
        if (!sink.customer(id, fields, suspect, joinExisting)) {
            throw new Reject(name(Field.CUSTOMER_ID), "no customer with id " + id + " in the workspace");
        }
        stats.customerRows++;
    }

    private void item(long line, List<String> row) throws Reject {
        String sku = id(line, row, Field.SKU, true);
        if (sku == null) {
            throw new Reject(name(Field.SKU), "missing item id");
        }
        Map<String, String> fields = new HashMap<>();
        StringBuilder genres = new StringBuilder();
        for (int i = 0; i < plan.names.size(); i++) {
            Field f = plan.fields[i];
            if (f == Field.SKU || plan.ignored[i]) {
                continue;
            }
            String v = value(line, row, i);
            if (plan.genreFlag[i]) {
                if (v != null && v.strip().equals("1")) {
                    genres.append(genres.length() == 0 ? "" : "|").append(plan.names.get(i));
                }
            } else if (f != null && f.isItemField()) {
                fields.put(f.column(), typed(f, i, v));
            } else if (v != null && !v.isEmpty()) {
                fields.put(plan.names.get(i), v);
            }
        }
        if (genres.length() > 0) {
            fields.put("genres", genres.toString());
        }
        sink.item(sku, fields, suspect);
    }

    private String suspect;

    /** Stores the row but marks it suspect, with a warning naming the line. */
    private void markSuspect(long line, String column, String why) {
        suspect = suspect == null ? why : suspect + "; " + why;
        stats.warn(line, column, why + ": stored, marked suspect");
        stats.suspect(why.replaceAll(" -?[0-9].*", ""));
    }

    private void interaction(long line, List<String> row) throws Reject {
        String customerId = id(line, row, Field.CUSTOMER_ID, true);
        if (customerId == null) {
            stats.customersWithoutId++;
            throw new Reject(name(Field.CUSTOMER_ID), plan.col(Field.CUSTOMER_ID) == null
                    ? "the file has no customer id column"
                    : MISSING_CUSTOMER_ID + ": the row cannot be linked to a customer");
        }
        String sku = id(line, row, Field.SKU, false);
        String orderId = id(line, row, Field.ORDER_ID, false);
        if (sku == null && orderId == null) {
            throw new Reject(name(Field.SKU), "missing product id (and no order id)");
        }
        Double value = number(line, row, Field.VALUE);
        Double unit = number(line, row, Field.UNIT_PRICE);
        Double amount = number(line, row, Field.AMOUNT);
        if (amount == null && unit != null) {
            amount = value == null ? unit : unit * value;
            if (Math.abs(amount) > NumberParser.MAX_MAGNITUDE) {
                throw new Reject(name(Field.UNIT_PRICE), "amount " + unit + " × " + value + " is out of range"
                        + " (more than " + NumberParser.MAX_TEXT + " in magnitude)");
            }
            amount = Math.round(amount * 1e6) / 1e6;
        }
        if (unit != null && unit < 0) {
            markSuspect(line, name(Field.UNIT_PRICE), "negative unit price " + unit);
        }
        Long ts = date(line, row);
        String kind = defaultKind;
        Integer kc = plan.col(Field.KIND);
        if (kc != null) {
            String k = value(line, row, kc);
            if (k != null && !k.isBlank()) {
                kind = k.strip().toLowerCase(Locale.ROOT);
            }
        }
        boolean cancelled = cancelPrefix != null && orderId != null && orderId.startsWith(cancelPrefix);
        if (cancelled || value != null && value < 0 && !"rating".equals(kind)) {
            if (rejectReturns) {
                stats.returns++;
                throw new Reject(name(cancelled ? Field.ORDER_ID : Field.VALUE),
                        cancelled ? "cancelled order (returns policy: reject)" : "negative quantity (returns policy: reject)");
            }
            kind = RETURN_KIND;
        }
        Map<String, String> cust = null;
        Map<String, String> itemFields = null;
        for (int i = 0; i < plan.names.size(); i++) {
            Field f = plan.fields[i];
            if (f == null) {
                continue;
            }
            if (f.isCustomerField()) {
                cust = cust == null ? new HashMap<>() : cust;
                cust.put(f.column(), typed(f, i, value(line, row, i)));
            } else if (f.isItemField() && sku != null) {
                itemFields = itemFields == null ? new HashMap<>() : itemFields;
                itemFields.put(f.column(), typed(f, i, value(line, row, i)));
            }
        }
        if (cust != null) {
            sink.customer(customerId, cust, null, false);
        }
        if (itemFields != null) {
            sink.item(sku, itemFields, null);
        }
        if (suspect != null) {
            stats.suspectRows++;
        }
        stats.measure(amount);
        if (RETURN_KIND.equals(kind)) {
            stats.returns++;   // counted where it is stored; a duplicate of it takes it back (ImportStats)
        }
        sink.interaction(line, customerId, sku, kind, value, amount, ts, orderId, suspect);
    }

    /** The cell, after the column's missing-value policy and type override; null when empty. */
    private String value(long line, List<String> row, int i) throws Reject {
        String v = i < row.size() ? row.get(i) : null;
        if (v != null && !v.isEmpty()) {
            return overrides == null ? v : overridden(i, v);
        }
        String policy = missingPolicy[i];
        if (policy == null) {
            return null;
        }
        stats.missing(plan.names.get(i));
        if (policy.equalsIgnoreCase("reject")) {
            if (plan.fields[i] == Field.CUSTOMER_ID) {
                stats.customersWithoutId++;
                throw new Reject(plan.names.get(i), MISSING_CUSTOMER_ID + ": the row cannot be linked to a customer");
            }
            throw new Reject(plan.names.get(i), "missing " + plan.names.get(i) + " (missing-value policy: reject)");
        }
        if (policy.toLowerCase(Locale.ROOT).startsWith("default:")) {
            String d = policy.substring("default:".length());
            return overrides == null || d.isEmpty() ? d : overridden(i, d);
        }
        return null;
    }

    /** The cell as the column's type override makes it, or the row rejected in that column. */
    private String overridden(int i, String v) throws Reject {
        try {
            return overrides.apply(i, v);
        } catch (IllegalArgumentException e) {
            throw new Reject(plan.names.get(i), e.getMessage());
        }
    }

    private String id(long line, List<String> row, Field f, boolean required) throws Reject {
        Integer c = plan.col(f);
        if (c == null) {
            return null;
        }
        String v = value(line, row, c);
        if (v == null || v.isBlank()) {
            if (!required) {
                stats.missing(plan.names.get(c));
            }
            return null;
        }
        String id = v.strip();
        if ((id.indexOf('E') > 0 || id.indexOf('e') > 0) && SCIENTIFIC.matcher(id).matches()) {
            stats.warn(line, plan.names.get(c), SCIENTIFIC_WARNING + " (" + id + ")");
            suspect = "damaged id in " + plan.names.get(c) + " (scientific notation)";
            stats.suspect("damaged ids");
        }
        return id;
    }

    private Double number(long line, List<String> row, Field f) throws Reject {
        Integer c = plan.col(f);
        if (c == null) {
            return null;
        }
        try {
            return numbers[c].parse(value(line, row, c));
        } catch (NumberFormatException e) {
            throw new Reject(plan.names.get(c), e.getMessage());
        }
    }

    private Long date(long line, List<String> row) throws Reject {
        Integer c = plan.col(Field.TIMESTAMP);
        if (c == null) {
            return null;
        }
        String v = value(line, row, c);
        if (v == null || v.isBlank()) {
            stats.missing(plan.names.get(c));
            return null;
        }
        DateFormat f = dateFormat[c];
        Long ts = f == null ? null : f.parse(v);
        if (ts == null) {
            throw new Reject(plan.names.get(c), "'" + NumberParser.shorten(v) + "' is not a date in the column's"
                    + " format " + (f == null ? "(none could be decided)" : f.pattern()));
        }
        if (ts < MIN_TS) {
            throw new Reject(plan.names.get(c), "'" + v.strip() + "' is before 1900: probably a placeholder or a"
                    + " typo, not a real interaction date");
        }
        if (ts >= maxTs) {
            throw new Reject(plan.names.get(c), "'" + v.strip() + "' is after " + (maxYear) + ": a date in the"
                    + " far future is probably a placeholder (such as 9999-12-31) or a typo");
        }
        return ts;
    }

    /** A customer or item field value as text the store accepts; null when empty. */
    private String typed(Field f, int i, String v) throws Reject {
        if (v == null || v.isEmpty()) {
            return null;
        }
        String t = v.strip();
        switch (f.type()) {
            case INTEGER -> {
                if (!t.matches("[-+]?[0-9]+")) {
                    throw new Reject(plan.names.get(i), "'" + v + "' is not a whole number");
                }
                return t;
            }
            case NUMBER -> {
                try {
                    Double d = numbers[i].parse(t);
                    return d == null ? null : d.toString();
                } catch (NumberFormatException e) {
                    throw new Reject(plan.names.get(i), e.getMessage());
                }
            }
            case BOOLEAN -> {
                return bool(t, plan.names.get(i));
            }
            case DATE -> {
                // a customer's dates (signup, unsubscribe) are read in the column's decided format, stored as ISO
                DateFormat format = dateFormat[i];
                Long ts = format == null ? null : format.parse(t);
                if (ts == null) {
                    throw new Reject(plan.names.get(i), "'" + NumberParser.shorten(t) + "' is not a date in the"
                            + " column's format " + (format == null ? "(none could be decided)" : format.pattern()));
                }
                return TypeOverrides.isoDate(ts);
            }
            default -> {
                return v;
            }
        }
    }

    private String bool(String t, String column) throws Reject {
        String b = TypeOverrides.yesNo(t);
        if (b == null) {
            throw new Reject(column, "'" + t + "' is not yes/no");
        }
        return b;
    }

    private String name(Field f) {
        Integer c = plan.col(f);
        return c == null ? f.key() : plan.names.get(c);
    }
}
