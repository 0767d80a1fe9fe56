package org.tailor.core.evaluate;

/** A split, recommendation or item file that cannot be read; the message names file, line and column. */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
