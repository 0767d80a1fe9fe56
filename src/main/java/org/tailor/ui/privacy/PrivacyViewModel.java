package org.tailor.ui.privacy;

import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.ui.common.Dialogs;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;
import org.tailor.ui.privacy.PrivacyService.SuppressionConvention;

/** State and actions of the Privacy screen: quasi-identifiers, target k, convention, the k report, export. */
public final class PrivacyViewModel {
    private static final Set<String> DEFAULT_QI = Set.of("age", "gender", "zip");
    private final PrivacyService service;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final TaskState task;
    private final TaskState choicesTask;
    private final ObservableList<QiChoice> quasiIdentifiers = FXCollections.observableArrayList(
            q -> new javafx.beans.Observable[] {q.selectedProperty()});
    private final IntegerProperty targetK = new SimpleIntegerProperty(5);
    private final ObjectProperty<SuppressionConvention> convention =
            new SimpleObjectProperty<>(SuppressionConvention.OWN_VALUE);
    private final StringBinding qiError;
    private final BooleanBinding canCheck;
    private final StringProperty resultK = new SimpleStringProperty("");
    private final StringProperty resultLabel = new SimpleStringProperty("");
    private final StringProperty violators = new SimpleStringProperty("");
    private final ObservableList<PrivacyService.ClassSizeCount> classSizes = FXCollections.observableArrayList();
    private PrivacyService.KAnonymityResult last;
    private int lastTarget;

    public PrivacyViewModel(PrivacyService service, ScreenContext context) {
        this.service = service;
        this.dialogs = context.dialogs();
        this.i18n = context.i18n();
        this.task = context.newTask();
        this.choicesTask = context.newQuietTask();
        qiError = Bindings.createStringBinding(() -> selectedQis().isEmpty() ? i18n.get("privacy.chooseQi") : "",
                quasiIdentifiers, i18n.localeProperty());
        canCheck = qiError.isEmpty().and(task.runningProperty().not());
        i18n.localeProperty().addListener((o, a, b) -> render());
        // once a report is shown it follows the choices (latest wins: a newer request cancels the older one)
        quasiIdentifiers.addListener((javafx.collections.ListChangeListener<QiChoice>) c -> recheckIfShown());
        targetK.addListener((o, a, b) -> recheckIfShown());
        convention.addListener((o, a, b) -> recheckIfShown());
    }

    private void recheckIfShown() {
        if (last != null && !selectedQis().isEmpty()) {
            start();
        }
    }

    /** Called when the screen is shown: lists the candidates once (age, gender, zip ticked when present). */
    public void activate() {
        if (quasiIdentifiers.isEmpty()) {
            // The candidates read the workspace: off the FX thread.
            choicesTask.run(i18n.get("task.loadChoices"), (progress, cancel) -> service.quasiIdentifierCandidates(),
                    names -> quasiIdentifiers.setAll(names.stream()
                            .map(n -> new QiChoice(n, DEFAULT_QI.contains(n))).toList()));
        }
    }

    public List<String> selectedQis() {
        return quasiIdentifiers.stream().filter(q -> q.selectedProperty().get()).map(QiChoice::getName).toList();
    }

    public void check() {
        if (canCheck.get()) {
            start();
        }
    }

    private void start() {
        List<String> qis = selectedQis();
        int target = targetK.get();
        SuppressionConvention conv = convention.get();
        task.run(i18n.get("privacy.task.check", String.join(", ", qis)),
                (progress, cancel) -> service.kAnonymity(qis, target, conv, progress, cancel), r -> {
                    last = r;
                    lastTarget = target;
                    classSizes.setAll(r.classSizes());
                    render();
                });
    }

    private void render() {
        if (last == null) {
            return;
        }
        resultK.set(Integer.toString(last.k()));
        resultLabel.set(i18n.get("privacy.resultLabel", last.k(), conventionName(last.convention()),
                last.equivalenceClasses(), last.customers()));
        violators.set(i18n.get("privacy.violators", last.violatingCustomers(), lastTarget));
    }

    public String conventionName(SuppressionConvention c) {
        return i18n.get(c == SuppressionConvention.OWN_VALUE ? "privacy.convention.own" : "privacy.convention.wildcard");
    }

    public void exportPseudonymized() {
        if (task.isRunning()) {
            return;
        }
        List<String> columns = selectedQis();
        dialogs.chooseSaveCsv(i18n.get("privacy.exportTitle"), "customers-pseudonymized.csv").ifPresent(path ->
                task.run(i18n.get("privacy.task.export", path.getFileName()),
                        (progress, cancel) -> service.exportPseudonymized(columns, path, progress, cancel),
                        rows -> dialogs.notify(i18n.get("privacy.exported", rows, path.getFileName()))));
    }

    public void cancel() {
        task.cancel();
    }

    public TaskState task() {
        return task;
    }

    public ObservableList<QiChoice> quasiIdentifiers() {
        return quasiIdentifiers;
    }

    public IntegerProperty targetKProperty() {
        return targetK;
    }

    public ObjectProperty<SuppressionConvention> conventionProperty() {
        return convention;
    }

    public StringBinding qiErrorProperty() {
        return qiError;
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public StringProperty resultKProperty() {
        return resultK;
    }

    public StringProperty resultLabelProperty() {
        return resultLabel;
    }

    public StringProperty violatorsProperty() {
        return violators;
    }

    public ObservableList<PrivacyService.ClassSizeCount> classSizes() {
        return classSizes;
    }
}
