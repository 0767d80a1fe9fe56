package org.tailor.ui;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tailor.core.store.Workspace;
import org.tailor.ui.common.FxDialogs;
import org.tailor.ui.common.FxTaskRunner;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.StatusModel;

/**
 * The JavaFX application: opens (or creates) the workspace under {@link TailorHome}, builds the {@link AppContext},
 * shows the main window, and on first start imports the sample data in the background.
 */
public final class TailorApp extends Application {
    private static final System.Logger LOG = System.getLogger(TailorApp.class.getName());
    private AppContext app;

    public static void launchApp(String[] args) {
        Application.launch(TailorApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(I18n.defaultFor(Locale.getDefault()));
        StatusModel status = new StatusModel();
        FxDialogs dialogs = new FxDialogs(() -> stage, status, i18n);
        installUncaughtHandler(dialogs, i18n);
        TailorHome home = TailorHome.resolve(System.getProperties(), System.getenv());
        boolean firstStart = home.isNew();
        Workspace workspace;
        try {
            workspace = Workspace.open(home.workspaceFile());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot open the workspace", e);
            dialogs.showError(i18n.get("error.workspaceTitle"), e);
            return;
        }
        boolean empty = workspace.count("customer") == 0 && workspace.count("interaction") == 0;
        FxTaskRunner runner = new FxTaskRunner(1);
        app = new AppContext(AppContext.realServices(workspace), new ScreenContext(runner, dialogs, i18n, status), () -> {
            runner.close();
            workspace.close();
        });
        stage.setScene(app.createScene(1200, 800));
        stage.titleProperty().bind(i18n.text("app.title"));
        stage.show();
        if (firstStart || empty) {
            app.main().importSample();
        }
    }

    /** Last resort: log, then show a readable message (details collapsed); never a raw stack trace. */
    private static void installUncaughtHandler(FxDialogs dialogs, I18n i18n) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(System.Logger.Level.ERROR, "Uncaught exception on " + thread.getName(), error);
            Runnable show = () -> dialogs.showError(i18n.get("error.unexpectedTitle"), error);
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        });
    }

    @Override
    public void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }
}
