package org.tailor.ui.personas;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.tailor.ui.common.ChartSeries;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ViewListeners;
import org.tailor.ui.common.Labels;
import org.tailor.ui.common.TaskBar;
import org.tailor.ui.personas.PersonaService.PersonaMember;
import org.tailor.ui.personas.PersonaService.PersonaSummary;

/** Controller of {@code Personas.fxml}: parameters, persona charts, RFM segments and members. */
public final class PersonasView {
    private final PersonasViewModel viewModel;
    private final I18n i18n;
    private final ViewListeners listeners = new ViewListeners();

    @FXML private TextField kTextField;
    @FXML private TextField seedTextField;
    @FXML private Label kErrorLabel;
    @FXML private Label seedErrorLabel;
    @FXML private Button recomputeButton;
    @FXML private Label descriptionLabel;
    @FXML private BarChart<Number, String> sizeChart;
    @FXML private BarChart<Number, String> spendChart;
    @FXML private BarChart<Number, String> recencyChart;
    @FXML private BarChart<String, Number> segmentsChart;
    @FXML private TableView<PersonaSummary> personasTable;
    @FXML private TableColumn<PersonaSummary, String> personaNameColumn;
    @FXML private TableColumn<PersonaSummary, Number> personaSizeColumn;
    @FXML private TableView<PersonaMember> membersTable;
    @FXML private TableColumn<PersonaMember, String> memberIdColumn;
    @FXML private TableColumn<PersonaMember, String> memberRecencyColumn;
    @FXML private TableColumn<PersonaMember, Number> memberFrequencyColumn;
    @FXML private TableColumn<PersonaMember, String> memberSpendColumn;
    @FXML private TableColumn<PersonaMember, String> memberSegmentColumn;
    @FXML private TaskBar taskBar;

    public PersonasView(PersonasViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        kTextField.textProperty().bindBidirectional(viewModel.kTextProperty());
        seedTextField.textProperty().bindBidirectional(viewModel.seedTextProperty());
        kErrorLabel.textProperty().bind(viewModel.kErrorProperty());
        seedErrorLabel.textProperty().bind(viewModel.seedErrorProperty());
        Labels.collapseWhenEmpty(kErrorLabel, seedErrorLabel);
        recomputeButton.disableProperty().bind(viewModel.canRecomputeProperty().not());
        descriptionLabel.textProperty().bind(viewModel.descriptionProperty());

        personasTable.setItems(viewModel.personas());
        personaNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(PersonaNames.display(c.getValue().name(), i18n)));
        personaSizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().size()));
        personasTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.selectedProperty().set(b);
            }
        });
        listeners.value(viewModel.selectedProperty(), (o, a, b) -> personasTable.getSelectionModel().select(b));
        personasTable.getSelectionModel().select(viewModel.selectedProperty().get());

        membersTable.setItems(viewModel.members());
        memberIdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().customerId()));
        memberRecencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.get("format.days", c.getValue().recencyDays())));
        memberFrequencyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().frequency()));
        memberSpendColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.get("format.money", c.getValue().spend())));
        memberSegmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(segmentName(c.getValue().rfmSegment())));

        listeners.list(viewModel.personas(), (ListChangeListener<PersonaSummary>) c -> drawPersonas());
        listeners.list(viewModel.segments(), (ListChangeListener<PersonaService.SegmentCount>) c -> drawSegments());
        drawPersonas();
        drawSegments();
        taskBar.bind(viewModel.task(), i18n);
    }

    /** Horizontal bars: persona and segment names are long; the first (largest persona) at the top. */
    private void drawPersonas() {
        var rows = viewModel.personas();
        ChartSeries.horizontal(sizeChart, i18n.get("personas.chart.size"), rows, p -> PersonaNames.display(p.name(), i18n),
                PersonaSummary::size);
        ChartSeries.horizontal(spendChart, i18n.get("personas.chart.spend"), rows, p -> PersonaNames.display(p.name(), i18n),
                PersonaSummary::averageSpend);
        ChartSeries.horizontal(recencyChart, i18n.get("personas.chart.recency"), rows, p -> PersonaNames.display(p.name(), i18n),
                PersonaSummary::averageRecencyDays);
    }

    private void drawSegments() {
        ChartSeries.show(segmentsChart, ChartSeries.of(i18n.get("personas.chart.segments"), viewModel.segments(),
                s -> segmentName(s.segment()), PersonaService.SegmentCount::customers));
    }

    /** RFM segment names are engine constants ("Can't lose them"); the bundle translates them by a key. */
    private String segmentName(String segment) {
        return i18n.getOr("rfm." + segment.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "_"), segment);
    }

    @FXML
    private void onRecompute() {
        viewModel.recompute();
    }
}
