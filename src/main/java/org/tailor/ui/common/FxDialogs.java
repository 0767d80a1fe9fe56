package org.tailor.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/**
 * Real dialogs: ControlsFX {@link ExceptionDialog} with the readable message on top and the stack trace in the
 * collapsed details; notifications go to the status line; native file choosers owned by the main window.
 */
public final class FxDialogs implements Dialogs {
    private static final System.Logger LOG = System.getLogger(FxDialogs.class.getName());
    private final Supplier<Window> owner;
    private final StatusModel status;
    private final I18n i18n;

    public FxDialogs(Supplier<Window> owner, StatusModel status, I18n i18n) {
        this.owner = owner;
        this.status = status;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, Throwable error) {
        LOG.log(System.Logger.Level.WARNING, title, error);
        ExceptionDialog dialog = new ExceptionDialog(error);
        dialog.setTitle(title);
        dialog.setHeaderText(readableMessage(error, i18n));
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.getDialogPane().setExpanded(false);
        dialog.show();
    }

    /**
     * The first message along the cause chain written by a person (wrappers that only repeat their cause's
     * {@code toString()} are skipped), or a generic sentence; never a class name.
     */
    public static String readableMessage(Throwable error, I18n i18n) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String m = t.getMessage();
            boolean repeatsCause = t.getCause() != null && t.getCause().toString().equals(m);
            if (m != null && !m.isBlank() && !repeatsCause) {
                return m;
            }
        }
        return i18n.get("error.unexpected");
    }

    @Override
    public void notify(String message) {
        status.show(message);
    }

    @Override
    public List<Path> chooseCsvFiles(String title) {
        FileChooser chooser = csvChooser(title);
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveCsv(String title, String suggestedName) {
        FileChooser chooser = csvChooser(title);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private FileChooser csvChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("file.csvFilter"), "*.csv", "*.tsv", "*.txt", "*.gz"),
                new FileChooser.ExtensionFilter(i18n.get("file.allFilter"), "*.*"));
        return chooser;
    }
}
