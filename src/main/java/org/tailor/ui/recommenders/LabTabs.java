package org.tailor.ui.recommenders;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.Labels;

/** Binds the training and per-customer tabs of {@link RecommendersView}, and builds one parameter field. */
final class LabTabs {
    private LabTabs() {
    }

    /** A parameter's editor (a list for a choice, else a text field) with its message right under it. */
    static Node field(VariantChoice v, ParamField f) {
        Node editor;
        if (f.getChoices().isEmpty()) {
            TextField text = new TextField();
            text.setPrefColumnCount(7);
            text.textProperty().bindBidirectional(f.valueProperty());
            editor = text;
        } else {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(f.getChoices());
            choice.valueProperty().bindBidirectional(f.valueProperty());
            editor = choice;
        }
        editor.setId("param-" + v.getName() + "-" + f.getName());
        Label error = new Label();
        error.getStyleClass().add("validation-message");
        error.setWrapText(true);
        error.textProperty().bind(f.errorProperty());
        Labels.collapseWhenEmpty(error);
        return new VBox(editor, error);
    }

    static void bind(RecommendersView v, RecommendersViewModel vm, I18n i18n) {
        TrainingViewModel t = vm.training();
        v.trainingVariantComboBox.setItems(t.tunable());
        v.trainingVariantComboBox.valueProperty().bindBidirectional(t.variantProperty());
        v.curveButton.disableProperty().bind(t.canCurveProperty().not());
        v.tuneButton.disableProperty().bind(t.canTuneProperty().not());
        v.useBestButton.disableProperty().bind(t.canUseBestProperty().not());
        t.curve().addListener((ListChangeListener<org.tailor.core.evaluate.TrainingCurve.Point>) c ->
                ComparisonCharts.curve(v.lossChart, v.validationChart, t.curve()));
        ComparisonCharts.curve(v.lossChart, v.validationChart, t.curve());
        v.tuneSummaryLabel.textProperty().bind(t.tuneSummaryProperty());
        Labels.collapseWhenEmpty(v.tuneSummaryLabel);
        v.triesTable.setItems(t.tries());
        ComparisonCharts.tryColumns(v.trySpecColumn, v.tryNdcgColumn, v.trySecondsColumn, i18n);
        v.trainingTaskBar.bind(t.task(), i18n);

        CustomerViewModel c = vm.customer();
        v.customerComboBox.setItems(c.customers());
        v.customerComboBox.valueProperty().bindBidirectional(c.customerProperty());
        v.showCustomerButton.disableProperty().bind(c.canShowProperty().not());
        v.itemSearchField.textProperty().bindBidirectional(c.itemQueryProperty());
        v.itemComboBox.setItems(c.items());
        v.itemComboBox.valueProperty().bindBidirectional(c.itemProperty());
        v.addInteractionButton.disableProperty().bind(c.canAddProperty().not());
        v.liveLabel.textProperty().bind(c.liveMessageProperty());
        v.driftLabel.textProperty().bind(c.driftMessageProperty());
        c.driftedProperty().addListener((o, a, b) -> {
            v.driftLabel.getStyleClass().remove("drift-warning");
            if (b) {
                v.driftLabel.getStyleClass().add("drift-warning");
            }
        });
        v.retrainButton.disableProperty().bind(c.canRetrainProperty().not());
        v.topKTable.setItems(c.topK());
        v.topKVariantColumn.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().variant()));
        v.topKRankColumn.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().rank()));
        v.topKItemColumn.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().item()));
        v.topKScoreColumn.setCellValueFactory(x -> new ReadOnlyStringWrapper(i18n.get("format.score",
                x.getValue().score())));
        v.topKReasonColumn.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().reason()));
        v.customerTaskBar.bind(c.task(), i18n);
    }
}
