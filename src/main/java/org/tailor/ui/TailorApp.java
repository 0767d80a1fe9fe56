package org.tailor.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application (placeholder until the main window lands). */
public final class TailorApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(TailorApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Tailor"), 800, 600));
        stage.show();
    }
}
