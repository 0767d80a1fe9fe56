package org.tailor.ui;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.StatusModel;
import org.tailor.ui.common.TaskState;

/** The shell's state: the current screen, the language, the status bar, and the first-start sample import. */
public final class MainWindowViewModel {
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DATA);
    private final I18n i18n;
    private final StatusModel status;
    private final SampleImporter sampleImporter;
    private final TaskState sampleTask;
    private final Runnable afterSample;

    public MainWindowViewModel(ScreenContext context, SampleImporter sampleImporter, Runnable afterSample) {
        this.i18n = context.i18n();
        this.status = context.status();
        this.sampleImporter = sampleImporter;
        this.sampleTask = context.newTask();
        this.afterSample = afterSample;
    }

    /** Imports the sample data in the background (first start); the window stays usable meanwhile. */
    public void importSample() {
        sampleTask.run(i18n.get("main.task.sample"), sampleImporter::importSample, r -> {
            status.show(i18n.get("main.sampleImported", r.customers(), r.items(), r.interactions()));
            afterSample.run();
        });
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectProperty<Locale> localeProperty() {
        return i18n.localeProperty();
    }

    public StatusModel status() {
        return status;
    }

    public TaskState sampleTask() {
        return sampleTask;
    }
}
