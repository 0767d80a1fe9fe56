package org.tailor.cli;

/** Turns an exception into the one line a user reads; never a stack trace. */
final class CliErrors {
    private CliErrors() {
    }

    static String message(Throwable ex) {
        Throwable t = ex;
        String msg = t.getMessage();
        // a wrapper's default message is its cause's toString() ("java.io.IOException: ..."): use the cause's own
        while (t.getCause() != null && (msg == null || msg.isBlank() || msg.equals(t.getCause().toString()))) {
            t = t.getCause();
            msg = t.getMessage();
        }
        // never a bare Java class name: say what the user can do
        return msg == null || msg.isBlank()
                ? "an unexpected internal error stopped the command (no details were given); please report the command"
                + " and its input files"
                : msg;
    }
}
