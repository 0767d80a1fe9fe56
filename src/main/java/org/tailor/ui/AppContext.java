package org.tailor.ui;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.tailor.core.ingest.SampleData;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.ui.campaigns.CampaignsView;
import org.tailor.ui.campaigns.CampaignsViewModel;
import org.tailor.ui.campaigns.WorkspaceCampaignService;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.ViewLoader;
import org.tailor.ui.data.DataView;
import org.tailor.ui.data.DataViewModel;
import org.tailor.ui.data.IngestDataService;
import org.tailor.ui.fairness.FairnessView;
import org.tailor.ui.fairness.FairnessViewModel;
import org.tailor.ui.fairness.WorkspaceFairnessService;
import org.tailor.ui.personas.WorkspacePersonaService;
import org.tailor.ui.personas.PersonasView;
import org.tailor.ui.personas.PersonasViewModel;
import org.tailor.ui.privacy.WorkspacePrivacyService;
import org.tailor.ui.privacy.PrivacyView;
import org.tailor.ui.privacy.PrivacyViewModel;
import org.tailor.ui.recommenders.RecommendersView;
import org.tailor.ui.recommenders.RecommendersViewModel;
import org.tailor.ui.recommenders.WorkspaceRecommenderService;

/**
 * Builds every service and ViewModel once and hands them to Views by constructor (FXML controller factory).
 * ViewModels outlive Views: a language switch reloads the FXML, the state stays.
 */
public final class AppContext implements AutoCloseable, MainWindowView.ScreenNavigator {
    private final ScreenContext context;
    private final AutoCloseable resources;
    private final MainWindowViewModel main;
    private final DataViewModel data;
    private final PersonasViewModel personas;
    private final RecommendersViewModel recommenders;
    private final CampaignsViewModel campaigns;
    private final PrivacyViewModel privacy;
    private final FairnessViewModel fairness;
    private final ViewLoader loader;

    public AppContext(Services services, ScreenContext context, AutoCloseable resources) {
        this.context = context;
        this.resources = resources;
        this.data = new DataViewModel(services.data(), context);
        this.personas = new PersonasViewModel(services.personas(), context);
        this.recommenders = new RecommendersViewModel(services.recommenders(), context);
        this.campaigns = new CampaignsViewModel(services.campaigns(), context);
        this.privacy = new PrivacyViewModel(services.privacy(), context);
        this.fairness = new FairnessViewModel(services.fairness(), context);
        this.main = new MainWindowViewModel(context, services.sampleImporter(), data::refreshCounts);
        this.loader = new ViewLoader(context.i18n(), this::controller);
        main.screenProperty().addListener((o, a, b) -> activate(b));
    }

    /** The real services over one workspace: one adapter per seam over the engine. */
    public static Services realServices(Workspace workspace) {
        AlgorithmCatalog catalog = new AlgorithmCatalog();
        SampleImporter sample = (progress, cancel) -> {
            SampleData.importInto(workspace, progress, cancel);
            return new SampleImporter.Result(workspace.count("customer"), workspace.count("item"),
                    workspace.count("interaction"));
        };
        return new Services(sample, new IngestDataService(workspace),
                new WorkspacePersonaService(workspace), new WorkspaceRecommenderService(workspace, catalog),
                new WorkspaceCampaignService(workspace, catalog), new WorkspacePrivacyService(workspace),
                new WorkspaceFairnessService(workspace, catalog));
    }

    private Object controller(Class<?> type) {
        if (type == MainWindowView.class) {
            return new MainWindowView(main, context.i18n(), this);
        } else if (type == DataView.class) {
            return new DataView(data, context.i18n());
        } else if (type == PersonasView.class) {
            return new PersonasView(personas, context.i18n());
        } else if (type == RecommendersView.class) {
            return new RecommendersView(recommenders, context.i18n());
        } else if (type == CampaignsView.class) {
            return new CampaignsView(campaigns, context.i18n());
        } else if (type == PrivacyView.class) {
            return new PrivacyView(privacy, context.i18n());
        } else if (type == FairnessView.class) {
            return new FairnessView(fairness, context.i18n());
        }
        throw new IllegalArgumentException("No controller for " + type.getName());
    }

    @Override
    public Parent load(Screen screen) {
        return loader.load(screen.fxml());
    }

    /** Tells a screen's ViewModel it is shown (loads lists, refreshes counts, computes a first report). */
    public void activate(Screen screen) {
        switch (screen) {
            case DATA -> data.activate();
            case PERSONAS -> personas.activate();
            case RECOMMENDERS -> recommenders.activate();
            case CAMPAIGNS -> campaigns.activate();
            case PRIVACY -> privacy.activate();
            case FAIRNESS -> fairness.activate();
        }
    }

    /** The main window's scene; a language switch reloads its root (same ViewModels, new strings). */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(loader.load("MainWindow"), width, height);
        activate(main.screenProperty().get());
        scene.getStylesheets().add(AppContext.class.getResource("/styles/app.css").toExternalForm());
        context.i18n().localeProperty().addListener((o, a, b) ->
                Platform.runLater(() -> scene.setRoot(loader.load("MainWindow"))));
        return scene;
    }

    public MainWindowViewModel main() {
        return main;
    }

    public ScreenContext screenContext() {
        return context;
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
