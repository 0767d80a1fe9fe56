package org.tailor.core.store;

/** A workspace could not be read or written; the message is meant for the user, the cause keeps the details. */
public class DataStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataStoreException(String message) {
        super(message);
    }
}
