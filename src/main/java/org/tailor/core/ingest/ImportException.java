package org.tailor.core.ingest;

/** An import could not start or had to stop; the message names file, line and column where relevant. */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
