package org.tailor.core.ingest;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import presets: the built-in ones ship as JSON resources under {@code /org/tailor/core/ingest/presets/}
 * (listed explicitly, no classpath scanning); user presets are the same JSON in files.
 */
public final class PresetCatalog {
    /** The built-in preset names, in display order. */
    public static final List<String> BUILT_IN = List.of("online-retail", "movielens-100k", "orders", "events",
            "customers", "campaign-results");
    private static final Gson GSON = new Gson();

    private final Map<String, Preset> presets;

    public PresetCatalog(List<Preset> presets) {
        Map<String, Preset> m = new LinkedHashMap<>();
        for (Preset p : presets) {
            m.put(p.name(), p);
        }
        this.presets = m;
    }

    /** The presets shipped with Tailor. */
    public static PresetCatalog builtIn() {
        List<Preset> list = new ArrayList<>();
        for (String name : BUILT_IN) {
            String res = "presets/" + name + ".json";
            try (InputStream in = PresetCatalog.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("Preset resource missing from the build: " + res);
                }
                list.add(read(new InputStreamReader(in, StandardCharsets.UTF_8), res));
            } catch (IOException e) {
                throw new ImportException("Cannot read preset " + res + ": " + e.getMessage(), e);
            }
        }
        return new PresetCatalog(list);
    }

    /** This catalogue plus a preset read from a JSON file (it replaces a preset of the same name). */
    public PresetCatalog with(Path presetFile) {
        try (Reader r = Files.newBufferedReader(presetFile, StandardCharsets.UTF_8)) {
            List<Preset> all = new ArrayList<>(presets.values());
            Preset p = read(r, presetFile.toString());
            all.removeIf(x -> x.name().equals(p.name()));
            all.add(p);
            return new PresetCatalog(all);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException("preset file " + presetFile + " does not exist", e);
        } catch (IOException e) {
            throw new ImportException("Cannot read preset " + presetFile + ": " + e.getMessage(), e);
        }
    }

    /** Writes a preset as JSON (how the mapping wizard saves a named mapping). */
    public static String toJson(Preset preset) {
        return new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(preset);
    }

    private static Preset read(Reader r, String where) {
        try {
            Preset p = GSON.fromJson(r, Preset.class);
            if (p == null || p.name() == null || p.files() == null || p.files().isEmpty()) {
                throw new ImportException("Preset " + where + " needs a name and at least one file spec");
            }
            return p;
        } catch (JsonParseException e) {
            throw new ImportException(jsonError(where, e), e);
        }
    }

    /** "preset FILE is not valid JSON at line L column C: what was expected", without parser internals or URLs. */
    static String jsonError(String where, JsonParseException e) {
        Throwable t = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String m = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
        m = m.replaceAll("^[a-zA-Z.]+Exception: ", "");
        java.util.regex.Matcher at = java.util.regex.Pattern.compile(" at line ([0-9]+) column ([0-9]+)").matcher(m);
        String what = m.replaceAll(" at line [0-9]+ column [0-9]+.*", "").replaceAll("; at path.*", "").strip();
        if (what.startsWith("Use JsonReader.setStrictness") || what.startsWith("Use JsonReader.setLenient")) {
            what = "malformed JSON";
        }
        if (at.find()) {
            return "preset " + where + " is not valid JSON at line " + at.group(1) + " column " + at.group(2)
                    + (what.isEmpty() ? "" : ": " + what);
        }
        return "preset " + where + " is not valid JSON" + (what.isEmpty() ? "" : ": " + what);
    }

    public Optional<Preset> find(String name) {
        return Optional.ofNullable(presets.get(name));
    }

    /** The preset or an exception naming the known ones. */
    public Preset get(String name) {
        return find(name).orElseThrow(() -> new ImportException("Unknown preset '" + name + "'; known presets: "
                + String.join(", ", presets.keySet())));
    }

    public List<Preset> all() {
        return List.copyOf(presets.values());
    }
}
