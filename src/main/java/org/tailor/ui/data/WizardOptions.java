package org.tailor.ui.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.ingest.Entity;
import org.tailor.core.ingest.ImportOptions;

/**
 * Turns what the wizard shows (entity, preset, dialect, per-column role, type, date answer, policy, near-duplicate
 * window) into options. A type is sent only when the user changed it ({@link ColumnMappingRow#typeChanged}).
 */
final class WizardOptions {
    private WizardOptions() {
    }

    static ImportOptions of(String preset, String entity, String encoding, String delimiter,
                            List<DataService.ColumnMapping> columns) {
        ImportOptions o = blank(preset) ? ImportOptions.defaults() : ImportOptions.preset(preset);
        if (!blank(entity)) {
            o = o.withEntity(Entity.parse(entity));
        }
        if (!blank(encoding)) {
            o = o.withEncoding(encoding);
        }
        if (!blank(delimiter)) {
            o = o.withDelimiter("\t".equals(delimiter) ? "tab" : delimiter);
        }
        if (columns == null || columns.isEmpty()) {
            return o;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (DataService.ColumnMapping c : columns) {
            if (c.role() != null && !c.role().equals("attribute") && !c.role().equals("genre flag")) {
                mapping.put(c.column(), c.role());
            }
            if (!blank(c.dateFormat())) {
                types.put(c.column(), "date:" + c.dateFormat());
            } else if (!blank(c.type()) && !c.type().equals("empty")) {
                types.put(c.column(), c.type());
            }
            if (!blank(c.missing())) {
                missing.put(c.column(), c.missing());
            }
        }
        o = o.withMapping(mapping);
        if (!types.isEmpty()) {
            o = o.withTypes(types);
        }
        if (!missing.isEmpty()) {
            o = o.withMissing(missing);
        }
        return o;
    }

    static ImportOptions of(DataService.ImportRequest r) {
        ImportOptions o = of(r.preset(), r.entity(), r.encoding(), r.delimiter(), r.columns());
        return r.nearDuplicateSeconds() == null ? o : o.withNearDuplicateSeconds(r.nearDuplicateSeconds());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
