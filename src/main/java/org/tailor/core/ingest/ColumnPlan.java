package org.tailor.core.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column feeds which {@link Field}: the spec's mapping first, then header names matched against each
 * field's names (first column wins, so in {@code email,...,email_2} the first is the email). A header {@code id}
 * is the id of the file's entity. Columns left unmapped become attributes (customers and items) or are ignored.
 */
final class ColumnPlan {
    final List<String> names;
    final Field[] fields;
    final double[] confidence;
    final boolean[] ignored;
    final boolean[] genreFlag;
    final Map<Field, Integer> columnOf = new EnumMap<>(Field.class);
    final Entity entity;
    private ColumnPlan(List<String> names, Entity entity) {
        this.names = names;
        this.entity = entity;
        this.fields = new Field[names.size()];
        this.confidence = new double[names.size()];
        this.ignored = new boolean[names.size()];
        this.genreFlag = new boolean[names.size()];
    }

    static ColumnPlan build(List<String> names, FileSpec spec, String fileName) {
        Map<String, String> explicit = new LinkedHashMap<>();
        if (spec.mapping() != null) {
            spec.mapping().forEach((k, v) -> explicit.put(k.toLowerCase(Locale.ROOT).strip(), v));
        }
        for (Map.Entry<String, String> e : explicit.entrySet()) {
            String target = e.getValue() == null ? "" : e.getValue();
            if (!"ignore".equalsIgnoreCase(target.strip())) {
                try {
                    Field.parse(target);
                } catch (IllegalArgumentException x) {
                    throw new ImportException(fileName + ": column '" + e.getKey() + "' maps to an unknown field '"
                            + target + "'; the fields are: " + OptionCheck.fieldKeys());
                }
            }
        }
        Entity entity = spec.entity() != null ? Entity.parse(spec.entity()) : guessEntity(names, explicit);
        ColumnPlan p = new ColumnPlan(names, entity);
        Set<String> flags = new HashSet<>();
        if (spec.genreFlags() != null) {
            spec.genreFlags().forEach(g -> flags.add(g.toLowerCase(Locale.ROOT)));
        }
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).toLowerCase(Locale.ROOT);
            String target = explicit.get(n);
            if (flags.contains(n)) {
                p.genreFlag[i] = true;
            } else if ("ignore".equalsIgnoreCase(target)) {
                p.ignored[i] = true;
            } else if (target != null) {
                Field f;
                try {
                    f = Field.parse(target);
                } catch (IllegalArgumentException e) {
                    throw new ImportException(fileName + ": column '" + names.get(i) + "' maps to an unknown field '"
                            + target + "'");
                }
                p.assign(i, f, 1.0);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (p.fields[i] != null || p.ignored[i] || p.genreFlag[i] || explicit.containsKey(names.get(i)
                    .toLowerCase(Locale.ROOT))) {
                continue;
            }
            Field f = guessField(names.get(i), entity);
            if (f != null) {
                p.assign(i, f, Field.normalize(names.get(i)).equals("id") ? 0.8 : f.match(names.get(i)));
            }
        }
        return p;
    }

    private void assign(int i, Field f, double conf) {
        if (columnOf.containsKey(f)) {
            return;
        }
        fields[i] = f;
        confidence[i] = conf;
        columnOf.put(f, i);
    }

    /** The field a header names (the entity's id for {@code id}), or null. */
    static Field guessField(String header, Entity entity) {
        if (Field.normalize(header).equals("id")) {
            return entity == Entity.ITEMS ? Field.SKU : Field.CUSTOMER_ID;
        }
        for (Field f : Field.values()) {
            if (f.match(header) > 0) {
                if (entity == Entity.INTERACTIONS && f == Field.PRICE) {
                    return Field.UNIT_PRICE;
                }
                return f;
            }
        }
        return null;
    }

    /** Guesses what a file holds from the fields its header names. */
    static Entity guessEntity(List<String> names, Map<String, String> explicit) {
        Set<Field> seen = new HashSet<>();
        for (String n : names) {
            String t = explicit.get(n.toLowerCase(Locale.ROOT));
            Field f = t != null && !t.equalsIgnoreCase("ignore") ? Field.parse(t) : guessField(n, Entity.CUSTOMERS);
            if (f != null) {
                seen.add(f);
            }
        }
        boolean customer = seen.contains(Field.CUSTOMER_ID);
        boolean event = seen.contains(Field.SKU) || seen.contains(Field.ORDER_ID) || seen.contains(Field.KIND)
                || seen.contains(Field.AMOUNT) || seen.contains(Field.VALUE) || seen.contains(Field.UNIT_PRICE);
        if (customer && event) {
            return Entity.INTERACTIONS;
        }
        if (customer) {
            return Entity.CUSTOMERS;
        }
        if (seen.contains(Field.SKU) || seen.contains(Field.TITLE)) {
            return Entity.ITEMS;
        }
        return Entity.CUSTOMERS;
    }

    Integer col(Field f) {
        return columnOf.get(f);
    }

    /** Column name to field key (or {@code attribute}/{@code ignore}/{@code genre flag}) for reports. */
    Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), fields[i] != null ? fields[i].key() : ignored[i] ? "ignore" : genreFlag[i]
                    ? "genre flag" : entity == Entity.INTERACTIONS ? "ignore" : "attribute");
        }
        return m;
    }

    /** False for a column whose values are never stored (mapped to ignore, or unmapped in an interactions file). */
    boolean imported(int i) {
        return fields[i] != null || !ignored[i] && (genreFlag[i] || entity != Entity.INTERACTIONS);
    }

    List<Integer> dateColumns() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null && fields[i].type() == Field.Type.DATE) {
                out.add(i);
            }
        }
        return out;
    }
}
