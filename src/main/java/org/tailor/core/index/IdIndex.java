package org.tailor.core.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Maps external ids (text) to dense indices 0..n-1 in first-seen order, and back. */
public final class IdIndex {
    private final Map<String, Integer> toIdx = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    /** The index of {@code id}, adding it when new. */
    public int add(String id) {
        Integer idx = toIdx.get(id);
        if (idx != null) {
            return idx;
        }
        int n = ids.size();
        toIdx.put(id, n);
        ids.add(id);
        return n;
    }

    public OptionalInt indexOf(String id) {
        Integer idx = toIdx.get(id);
        return idx == null ? OptionalInt.empty() : OptionalInt.of(idx);
    }

    public String id(int idx) {
        return ids.get(idx);
    }

    public int size() {
        return ids.size();
    }

    public List<String> ids() {
        return Collections.unmodifiableList(ids);
    }
}
