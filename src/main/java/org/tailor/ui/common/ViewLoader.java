package org.tailor.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads {@code /fxml/NAME.fxml} with the current bundle; controllers (Views) come from the factory. */
public final class ViewLoader {
    private final I18n i18n;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(I18n i18n, Callback<Class<?>, Object> controllers) {
        this.i18n = i18n;
        this.controllers = controllers;
    }

    public Parent load(String name) {
        URL url = ViewLoader.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("Missing /fxml/" + name + ".fxml in the build");
        }
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name + ".fxml: " + e.getMessage(), e);
        }
    }
}
