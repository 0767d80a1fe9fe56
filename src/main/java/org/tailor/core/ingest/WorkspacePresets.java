package org.tailor.core.ingest;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.util.ArrayList;
import java.util.List;
import org.tailor.core.store.Workspace;

/**
 * Named import presets saved in a workspace (the mapping wizard's "Save mapping as preset"). Each preset is the
 * JSON of a {@link Preset} in the {@code setting} table under {@code preset:NAME}; {@code presets} lists the
 * names in saving order. {@link #catalog} lays them over the built-in ones, so {@code import --preset NAME} and
 * the Data screen find both.
 */
public final class WorkspacePresets {
    private static final String INDEX = "presets";
    private static final String PREFIX = "preset:";
    private static final Gson GSON = new Gson();

    private final Workspace ws;

    public WorkspacePresets(Workspace ws) {
        this.ws = ws;
    }

    /** Saves (or replaces) a preset under its name. */
    public void save(Preset preset) {
        String name = preset.name() == null ? "" : preset.name().strip();
        if (name.isEmpty()) {
            throw new ImportException("A preset needs a name");
        }
        if (preset.files().isEmpty()) {
            throw new ImportException("Preset " + name + " needs at least one file spec");
        }
        Preset p = new Preset(name, preset.description(), preset.files());
        ws.inTransaction(c -> {
            ws.putSetting(PREFIX + name, PresetCatalog.toJson(p));
            List<String> names = new ArrayList<>(names());
            if (!names.contains(name)) {
                names.add(name);
                ws.putSetting(INDEX, GSON.toJson(names));
            }
            return null;
        });
    }

    /** The saved preset names, in saving order. */
    public List<String> names() {
        return ws.setting(INDEX).map(j -> {
            List<String> l = GSON.fromJson(j, new TypeToken<List<String>>() { }.getType());
            return l == null ? List.<String>of() : l;
        }).orElse(List.of());
    }

    /** The saved presets, in saving order. */
    public List<Preset> all() {
        List<Preset> out = new ArrayList<>();
        for (String n : names()) {
            ws.setting(PREFIX + n).ifPresent(j -> out.add(parse(n, j)));
        }
        return out;
    }

    /** {@code base} plus the workspace's presets (a saved preset replaces a built-in of the same name). */
    public PresetCatalog catalog(PresetCatalog base) {
        List<Preset> all = new ArrayList<>(base.all());
        for (Preset p : all()) {
            all.removeIf(x -> x.name().equals(p.name()));
            all.add(p);
        }
        return new PresetCatalog(all);
    }

    /**
     * A one-spec preset holding what the wizard chose for a file: entity, encoding, delimiter, mapping, date format,
     * missing-value policies, type overrides and near-duplicate window (null fields mean "detect").
     */
    public static Preset fromOptions(String name, String description, ImportOptions o) {
        FileSpec spec = FileSpec.empty().overriddenBy(o.asSpec());
        return new Preset(name, description, List.of(spec));
    }

    private static Preset parse(String name, String json) {
        try {
            Preset p = GSON.fromJson(json, Preset.class);
            if (p == null || p.files().isEmpty()) {
                throw new ImportException("Saved preset " + name + " has no file spec");
            }
            return p;
        } catch (JsonParseException e) {
            throw new ImportException("Saved preset " + name + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
