package org.tailor.core.ingest;

import java.util.List;

/**
 * A date column whose every value fits more than one format (e.g. 01/02/2024): Tailor never guesses, it asks.
 * The UI offers {@link #candidates()}; the CLI names them and asks for {@code --date-format}.
 */
public final class AmbiguousDateException extends ImportException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String column;
    private final List<String> candidates;

    public AmbiguousDateException(String file, String column, List<String> candidates) {
        super(file + ": column '" + column + "' has dates that fit both " + String.join(" and ", candidates)
                + "; choose one with --date-format " + candidates.get(0) + " (or " + candidates.get(1) + "),"
                + " or for this column alone with --type " + column + "=date:" + candidates.get(0));
        this.file = file;
        this.column = column;
        this.candidates = List.copyOf(candidates);
    }

    public String file() {
        return file;
    }

    public String column() {
        return column;
    }

    public List<String> candidates() {
        return candidates;
    }
}
