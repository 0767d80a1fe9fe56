package org.tailor.ui.personas;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;
import org.tailor.ui.common.Validation;

/** State and actions of the Personas screen: k and seed, the personas, RFM segments, members of the selection. */
public final class PersonasViewModel {
    private final PersonaService service;
    private final I18n i18n;
    private final TaskState task;
    private final StringProperty kText = new SimpleStringProperty("5");
    private final StringProperty seedText = new SimpleStringProperty("7");
    private final StringBinding kError;
    private final StringBinding seedError;
    private final BooleanBinding canRecompute;
    private final ObservableList<PersonaService.PersonaSummary> personas = FXCollections.observableArrayList();
    private final ObservableList<PersonaService.SegmentCount> segments = FXCollections.observableArrayList();
    private final ObjectProperty<PersonaService.PersonaSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<PersonaService.PersonaMember> members = FXCollections.observableArrayList();
    private final StringProperty description = new SimpleStringProperty("");
    private PersonaService.PersonaResult last;

    public PersonasViewModel(PersonaService service, ScreenContext context) {
        this.service = service;
        this.i18n = context.i18n();
        this.task = context.newTask();
        kError = Validation.intInRange(i18n, kText, 2, 20, "personas.k");
        seedError = Validation.longValue(i18n, seedText, "personas.seed");
        canRecompute = kError.isEmpty().and(seedError.isEmpty()).and(task.runningProperty().not());
        selected.addListener((o, a, b) -> members.setAll(b == null ? List.of() : b.members()));
        i18n.localeProperty().addListener((o, a, b) -> describe());
    }

    private void describe() {
        if (last != null) {
            description.set(i18n.get("personas.description", last.personas().size(), last.seed(),
                    last.referenceDate(), last.customersWithoutActivity()));
        }
    }

    /** Called when the screen is shown: computes once when nothing is shown yet. */
    public void activate() {
        if (personas.isEmpty() && !task.isRunning()) {
            recompute();
        }
    }

    public void recompute() {
        if (!canRecompute.get()) {
            return;
        }
        int k = Integer.parseInt(kText.get().trim());
        long seed = Long.parseLong(seedText.get().trim());
        task.run(i18n.get("personas.task.compute", k), (progress, cancel) -> service.compute(k, seed, progress, cancel),
                result -> {
                    personas.setAll(result.personas());
                    segments.setAll(result.rfmSegments());
                    last = result;
                    describe();
                    selected.set(personas.isEmpty() ? null : personas.get(0));
                });
    }

    public void cancel() {
        task.cancel();
    }

    public TaskState task() {
        return task;
    }

    public StringProperty kTextProperty() {
        return kText;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    public StringBinding kErrorProperty() {
        return kError;
    }

    public StringBinding seedErrorProperty() {
        return seedError;
    }

    public BooleanBinding canRecomputeProperty() {
        return canRecompute;
    }

    public ObservableList<PersonaService.PersonaSummary> personas() {
        return personas;
    }

    public ObservableList<PersonaService.SegmentCount> segments() {
        return segments;
    }

    public ObjectProperty<PersonaService.PersonaSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<PersonaService.PersonaMember> members() {
        return members;
    }

    public StringProperty descriptionProperty() {
        return description;
    }
}
