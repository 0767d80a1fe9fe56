package org.tailor.core.ingest;

import java.util.Map;

/**
 * What the user chose for an import; every field may be null ("use the preset, else detect").
 *
 * @param preset     built-in or catalogue preset name
 * @param entity     what the file holds; null: from the preset, else guessed from the header
 * @param encoding   charset name overriding detection
 * @param delimiter  {@code , ; | tab} overriding detection
 * @param dateFormat the format for every date column ({@link DateFormat#pattern()}); needed for ambiguous columns
 * @param mapping    header name to field key or {@code ignore}, over the preset's and the guessed mapping
 * @param missing    header name to {@code reject}, {@code empty} or {@code default:VALUE}
 * @param returns    {@code store} or {@code reject} for cancellations and negative quantities
 * @param joinExisting customers: only update customers already in the workspace (attributes files)
 * @param types      header name to a value-type override ({@link ColumnTypes}), e.g. {@code decimal-comma} or
 *                   {@code date:dd/MM/yyyy} (a per-column date format, which also answers an ambiguous column)
 * @param nearDuplicateSeconds near-duplicate window in seconds (null: the preset's, else 60; 0: off)
 * @param headerLine the physical line (1-based) holding the header (null: the preset's, else detected)
 */
public record ImportOptions(String preset, Entity entity, String encoding, String delimiter, String dateFormat,
                            Map<String, String> mapping, Map<String, String> missing, String returns,
                            Boolean joinExisting, Map<String, String> types, Integer nearDuplicateSeconds,
                            Integer headerLine) {

    /** The options without a header line (the form before it existed). */
    public ImportOptions(String preset, Entity entity, String encoding, String delimiter, String dateFormat,
                         Map<String, String> mapping, Map<String, String> missing, String returns,
                         Boolean joinExisting, Map<String, String> types, Integer nearDuplicateSeconds) {
        this(preset, entity, encoding, delimiter, dateFormat, mapping, missing, returns, joinExisting, types,
                nearDuplicateSeconds, null);
    }

    /** The options without type overrides and near-duplicate window (the form before they existed). */
    public ImportOptions(String preset, Entity entity, String encoding, String delimiter, String dateFormat,
                         Map<String, String> mapping, Map<String, String> missing, String returns,
                         Boolean joinExisting) {
        this(preset, entity, encoding, delimiter, dateFormat, mapping, missing, returns, joinExisting, null, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null, null, null, null, null);
    }

    public static ImportOptions preset(String name) {
        return defaults().withPreset(name);
    }

    public ImportOptions withPreset(String p) {
        return new ImportOptions(p, entity, encoding, delimiter, dateFormat, mapping, missing, returns,
                joinExisting, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withEntity(Entity e) {
        return new ImportOptions(preset, e, encoding, delimiter, dateFormat, mapping, missing, returns,
                joinExisting, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withDateFormat(String f) {
        return new ImportOptions(preset, entity, encoding, delimiter, f, mapping, missing, returns,
                joinExisting, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withMapping(Map<String, String> m) {
        return new ImportOptions(preset, entity, encoding, delimiter, dateFormat, m, missing, returns,
                joinExisting, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withMissing(Map<String, String> m) {
        return new ImportOptions(preset, entity, encoding, delimiter, dateFormat, mapping, m, returns,
                joinExisting, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withEncoding(String e) {
        return new ImportOptions(preset, entity, e, delimiter, dateFormat, mapping, missing, returns,
                joinExisting, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withDelimiter(String d) {
        return new ImportOptions(preset, entity, encoding, d, dateFormat, mapping, missing, returns,
                joinExisting, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withReturns(String r) {
        return new ImportOptions(preset, entity, encoding, delimiter, dateFormat, mapping, missing, r,
                joinExisting, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withJoinExisting(boolean j) {
        return new ImportOptions(preset, entity, encoding, delimiter, dateFormat, mapping, missing, returns,
                j, types, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withTypes(Map<String, String> t) {
        return new ImportOptions(preset, entity, encoding, delimiter, dateFormat, mapping, missing, returns,
                joinExisting, t, nearDuplicateSeconds, headerLine);
    }

    public ImportOptions withNearDuplicateSeconds(Integer s) {
        return new ImportOptions(preset, entity, encoding, delimiter, dateFormat, mapping, missing, returns,
                joinExisting, types, s, headerLine);
    }

    /** The options as a {@link FileSpec} to lay over a preset's. */
    public ImportOptions withHeaderLine(Integer line) {
        return new ImportOptions(preset, entity, encoding, delimiter, dateFormat, mapping, missing, returns,
                joinExisting, types, nearDuplicateSeconds, line);
    }

    FileSpec asSpec() {
        return new FileSpec(null, entity == null ? null : entity.label(), encoding, delimiter, null, null, mapping,
                null, dateFormat, null, returns, missing, null, joinExisting, types, nearDuplicateSeconds, headerLine);
    }
}
