package org.tailor.cli;

/** Turns an exception into the one line a user reads; never a stack trace. */
final class CliErrors {
    private CliErrors() {
    }

    static String message(Throwable ex) {
        Throwable t = ex;
        String msg = t.getMessage();
        while ((msg == null || msg.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            msg = t.getMessage();
        }
        return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
    }
}
