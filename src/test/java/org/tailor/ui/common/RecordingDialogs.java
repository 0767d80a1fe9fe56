package org.tailor.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what would have been shown; answers file choosers with preset paths. */
public final class RecordingDialogs implements Dialogs {
    public record Error(String title, Throwable error) {
    }

    private final List<Error> errors = new ArrayList<>();
    private final List<String> notifications = new ArrayList<>();
    private List<Path> filesToOpen = List.of();
    private Path fileToSave;

    @Override
    public void showError(String title, Throwable error) {
        errors.add(new Error(title, error));
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public List<Path> chooseCsvFiles(String title) {
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseSaveCsv(String title, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    public void answerOpen(List<Path> files) {
        this.filesToOpen = files;
    }

    public void answerSave(Path file) {
        this.fileToSave = file;
    }

    public List<Error> errors() {
        return errors;
    }

    public List<String> notifications() {
        return notifications;
    }
}
