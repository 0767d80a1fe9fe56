package org.tailor.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** User interaction that is not part of a screen: error dialogs, notifications and file choosers. */
public interface Dialogs {
    /** Shows the readable message first, the technical details collapsed. */
    void showError(String title, Throwable error);

    /** Non-blocking information (status line). */
    void notify(String message);

    /** Lets the user pick CSV files to open; empty when cancelled. */
    List<Path> chooseCsvFiles(String title);

    /** Lets the user pick where to save a CSV file; empty when cancelled. */
    Optional<Path> chooseSaveCsv(String title, String suggestedName);
}
