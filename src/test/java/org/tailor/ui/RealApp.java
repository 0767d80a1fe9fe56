package org.tailor.ui;

import javafx.stage.Stage;
import org.tailor.core.store.Workspace;
import org.tailor.ui.common.Dialogs;
import org.tailor.ui.common.FxTaskRunner;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.StatusModel;

/** The app on real services over one workspace, shown in a TestFX stage at 1200 x 780 (closing it closes both). */
public final class RealApp {
    private RealApp() {
    }

    public static AppContext show(Stage stage, Workspace workspace, Dialogs dialogs, I18n i18n) {
        FxTaskRunner runner = new FxTaskRunner(1);
        AppContext app = new AppContext(AppContext.realServices(workspace),
                new ScreenContext(runner, dialogs, i18n, new StatusModel()), () -> {
                    runner.close();
                    workspace.close();
                });
        stage.setScene(app.createScene(1200, 780));
        stage.show();
        return app;
    }
}
