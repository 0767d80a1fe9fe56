package org.tailor.ui.common;

/**
 * A failure a user can read, thrown by service adapters that wrap checked engine exceptions. The message is shown
 * first (it should name the file, line and column where relevant); the cause goes to the collapsed details.
 */
public final class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
