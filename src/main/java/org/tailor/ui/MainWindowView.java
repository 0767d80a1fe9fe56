package org.tailor.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ViewListeners;

/** Controller of {@code MainWindow.fxml}: sidebar navigation, language switch, status bar. */
public final class MainWindowView {
    private final MainWindowViewModel viewModel;
    private final I18n i18n;
    private final ViewListeners listeners = new ViewListeners();
    private final ScreenNavigator navigator;
    private final Map<Screen, Parent> loaded = new EnumMap<>(Screen.class);

    @FXML private ToggleGroup navGroup;
    @FXML private ToggleButton dataNavButton;
    @FXML private ToggleButton personasNavButton;
    @FXML private ToggleButton recommendersNavButton;
    @FXML private ToggleButton campaignsNavButton;
    @FXML private ToggleButton privacyNavButton;
    @FXML private ToggleButton fairnessNavButton;
    @FXML private StackPane contentPane;
    @FXML private ComboBox<Locale> languageComboBox;
    @FXML private ProgressBar statusProgressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    /** Loads screens for the shell (activation on navigation is the AppContext's, once per change). */
    public interface ScreenNavigator {
        Parent load(Screen screen);
    }

    public MainWindowView(MainWindowViewModel viewModel, I18n i18n, ScreenNavigator navigator) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
        buttons.put(Screen.DATA, dataNavButton);
        buttons.put(Screen.PERSONAS, personasNavButton);
        buttons.put(Screen.RECOMMENDERS, recommendersNavButton);
        buttons.put(Screen.CAMPAIGNS, campaignsNavButton);
        buttons.put(Screen.PRIVACY, privacyNavButton);
        buttons.put(Screen.FAIRNESS, fairnessNavButton);
        buttons.forEach((screen, button) -> button.setUserData(screen));
        navGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                navGroup.selectToggle(old); // a sidebar always has one screen selected
            } else {
                viewModel.screenProperty().set((Screen) now.getUserData());
            }
        });
        listeners.value(viewModel.screenProperty(), (o, a, b) -> show(b));
        navGroup.selectToggle(buttons.get(viewModel.screenProperty().get()));
        show(viewModel.screenProperty().get());

        languageComboBox.getItems().setAll(I18n.SUPPORTED);
        languageComboBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : i18n.get("language." + locale.toLanguageTag());
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        languageComboBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Locale item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : languageComboBox.getConverter().toString(item));
            }
        });
        languageComboBox.getSelectionModel().select(i18n.getLocale());
        languageComboBox.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(i18n.getLocale())) {
                i18n.setLocale(b);
            }
        });

        statusProgressBar.progressProperty().bind(viewModel.status().progressProperty());
        statusProgressBar.visibleProperty().bind(viewModel.status().runningProperty());
        statusProgressBar.managedProperty().bind(viewModel.status().runningProperty());
        statusLabel.textProperty().bind(viewModel.status().messageProperty());
        cancelButton.disableProperty().bind(viewModel.status().runningProperty().not());
    }

    private void show(Screen screen) {
        Parent node = loaded.computeIfAbsent(screen, navigator::load);
        contentPane.getChildren().setAll(node);
    }

    @FXML
    private void onCancel() {
        viewModel.status().cancel();
    }
}
