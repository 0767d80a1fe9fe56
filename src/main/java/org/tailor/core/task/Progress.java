package org.tailor.core.task;

/** Receives progress of long work: a fraction in [0,1] (or negative when unknown) and a short message. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (fraction, message) -> { };

    void report(double fraction, String message);
}
