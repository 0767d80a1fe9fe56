package org.tailor.core.ingest;

import java.util.List;
import java.util.Map;

/**
 * How to read one kind of file; the unit of a preset (and what {@link ImportOptions} override). Every field may be
 * null, meaning "detect" or "default".
 *
 * @param match        file-name glob this spec applies to ({@code u.data*}); null matches every file
 * @param entity       customers, items or interactions
 * @param encoding     charset name ({@code ISO-8859-1})
 * @param delimiter    {@code , ; | tab}
 * @param header       false when the file has no header row; {@code columns} then names the columns
 * @param columns      column names for a header-less file
 * @param mapping      header name to field key ({@link Field#key()}) or {@code ignore}; unmapped columns are guessed
 * @param kind         interaction kind when no column holds it ({@code purchase}, {@code rating} ...)
 * @param dateFormat   the format of every date column ({@link DateFormat#pattern()})
 * @param cancelPrefix order ids starting with this mark cancellations ({@code C} in UCI Online Retail)
 * @param returns      {@code store} (kind {@code return}, default) or {@code reject} for cancellations and
 *                     negative quantities
 * @param missing      column to policy for empty cells: {@code reject}, {@code empty} or {@code default:VALUE}
 * @param genreFlags   0/1 flag columns whose names, where 1, are joined with '|' into the item's genres
 * @param joinExisting customers only: update existing customers, reject rows with an unknown id
 * @param types        column to a value-type override (see {@link ColumnTypes}): {@code decimal},
 *                     {@code decimal-comma}, {@code text}, {@code integer}, {@code boolean} or {@code date:PATTERN}
 * @param nearDuplicateSeconds window in which the same customer, item, kind and value again is flagged as a
 *                     near-duplicate (default {@link ImportService#NEAR_DUPLICATE_SECONDS}; 0 turns it off)
 * @param headerLine   the physical line (1-based) that holds the header, when the lines above it are notes the
 *                     sniffer cannot tell from data; null: detected
 */
public record FileSpec(String match, String entity, String encoding, String delimiter, Boolean header,
                       List<String> columns, Map<String, String> mapping, String kind, String dateFormat,
                       String cancelPrefix, String returns, Map<String, String> missing, List<String> genreFlags,
                       Boolean joinExisting, Map<String, String> types, Integer nearDuplicateSeconds,
                       Integer headerLine) {

    /** The spec without a header line (the form before it existed). */
    public FileSpec(String match, String entity, String encoding, String delimiter, Boolean header,
                    List<String> columns, Map<String, String> mapping, String kind, String dateFormat,
                    String cancelPrefix, String returns, Map<String, String> missing, List<String> genreFlags,
                    Boolean joinExisting, Map<String, String> types, Integer nearDuplicateSeconds) {
        this(match, entity, encoding, delimiter, header, columns, mapping, kind, dateFormat, cancelPrefix, returns,
                missing, genreFlags, joinExisting, types, nearDuplicateSeconds, null);
    }

    /** The spec without type overrides and near-duplicate window (the form before they existed). */
    public FileSpec(String match, String entity, String encoding, String delimiter, Boolean header,
                    List<String> columns, Map<String, String> mapping, String kind, String dateFormat,
                    String cancelPrefix, String returns, Map<String, String> missing, List<String> genreFlags,
                    Boolean joinExisting) {
        this(match, entity, encoding, delimiter, header, columns, mapping, kind, dateFormat, cancelPrefix, returns,
                missing, genreFlags, joinExisting, null, null, null);
    }

    public static FileSpec empty() {
        return new FileSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This spec with every non-null field of {@code o} put over it. */
    public FileSpec overriddenBy(FileSpec o) {
        return new FileSpec(or(o.match, match), or(o.entity, entity), or(o.encoding, encoding),
                or(o.delimiter, delimiter), or(o.header, header), or(o.columns, columns), or(o.mapping, mapping),
                or(o.kind, kind), or(o.dateFormat, dateFormat), or(o.cancelPrefix, cancelPrefix),
                or(o.returns, returns), or(o.missing, missing), or(o.genreFlags, genreFlags),
                or(o.joinExisting, joinExisting), or(o.types, types),
                or(o.nearDuplicateSeconds, nearDuplicateSeconds), or(o.headerLine, headerLine));
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }

    /** True when {@code fileName} matches the glob (plain {@code *} and {@code ?} wildcards, ignoring case). */
    public boolean matches(String fileName) {
        if (match == null || match.isEmpty()) {
            return true;
        }
        StringBuilder re = new StringBuilder("(?i)");
        for (char ch : match.toCharArray()) {
            re.append(ch == '*' ? ".*" : ch == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(ch)));
        }
        return fileName.matches(re.toString());
    }
}
