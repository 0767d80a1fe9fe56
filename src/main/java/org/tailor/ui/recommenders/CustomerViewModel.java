package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;
import org.tailor.ui.recommenders.RecommenderService.Drift;
import org.tailor.ui.recommenders.RecommenderService.ItemChoice;
import org.tailor.ui.recommenders.RecommenderService.VariantTopK;

/**
 * The per-customer view: what each selected variant shows for one customer and why; interactions typed in for that
 * customer (stored, then the lists refreshed without retraining, with the time it took); and Retrain, offered once
 * the workspace has new interactions since the models were trained (flagged past {@value #DRIFT_THRESHOLD}).
 */
public final class CustomerViewModel {
    static final int CUSTOMER_LIMIT = 500;
    static final int ITEM_LIMIT = 200;
    /** Share of new interactions since training from which the lab recommends a retrain. */
    static final double DRIFT_THRESHOLD = 0.05;
    private final RecommenderService service;
    private final I18n i18n;
    private final Supplier<List<String>> specs;
    private final IntSupplier k;
    private final TaskState task;
    private final TaskState listTask;
    private final TaskState itemTask;
    private final ObservableList<String> customers = FXCollections.observableArrayList();
    private final StringProperty customer = new SimpleStringProperty();
    private final ObservableList<TopKRow> topK = FXCollections.observableArrayList();
    private final StringProperty itemQuery = new SimpleStringProperty("");
    private final ObservableList<ItemChoice> items = FXCollections.observableArrayList();
    private final ObjectProperty<ItemChoice> item = new SimpleObjectProperty<>();
    private final StringProperty liveMessage = new SimpleStringProperty("");
    private final StringProperty driftMessage = new SimpleStringProperty("");
    private final BooleanProperty drifted = new SimpleBooleanProperty(false);
    private final BooleanProperty hasNewData = new SimpleBooleanProperty(false);
    private final BooleanBinding canShow;
    private final BooleanBinding canAdd;
    private final BooleanBinding canRetrain;

    CustomerViewModel(RecommenderService service, ScreenContext context, Supplier<List<String>> specs, IntSupplier k) {
        this.service = service;
        this.i18n = context.i18n();
        this.specs = specs;
        this.k = k;
        this.task = context.newTask();
        this.listTask = context.newQuietTask();
        this.itemTask = context.newQuietTask();
        canShow = customer.isNotEmpty().and(task.runningProperty().not());
        canAdd = canShow.and(item.isNotNull());
        canRetrain = hasNewData.and(task.runningProperty().not());
        itemQuery.addListener((o, a, b) -> loadItems(b));
    }

    void activate() {
        loadCustomers("");
        loadItems("");
    }

    public void loadCustomers(String prefix) {
        listTask.run(i18n.get("recommenders.task.customers"),
                (progress, cancel) -> service.customers(prefix, CUSTOMER_LIMIT), customers::setAll);
    }

    private void loadItems(String query) {
        itemTask.run(i18n.get("recommenders.task.items"), (progress, cancel) -> service.items(query, ITEM_LIMIT),
                items::setAll);
    }

    /** Shows each selected variant's top-K for the chosen customer (latest wins). */
    public void showCustomer() {
        String id = customer.get();
        List<String> chosen = specs.get();
        if (!canShow.get() || chosen.isEmpty()) {
            return;
        }
        int cutoff = k.getAsInt();
        liveMessage.set("");
        task.run(i18n.get("recommenders.task.customer", id), (progress, cancel) ->
                new Shown(service.topK(id, chosen, cutoff, progress, cancel), null, service.drift()), this::show);
    }

    /** Stores a purchase of the chosen item by the customer and refreshes the lists without retraining. */
    public void addInteraction() {
        String id = customer.get();
        ItemChoice chosenItem = item.get();
        List<String> chosen = specs.get();
        if (!canAdd.get() || chosen.isEmpty()) {
            return;
        }
        int cutoff = k.getAsInt();
        task.run(i18n.get("recommenders.task.live", chosenItem.sku(), id), (progress, cancel) -> {
            RecommenderService.LiveResult r = service.addInteraction(id, chosenItem.sku(), chosen, cutoff);
            return new Shown(r.lists(), r, service.drift());
        }, this::show);
    }

    public void retrain() {
        List<String> chosen = specs.get();
        if (!canRetrain.get()) {
            return;
        }
        String id = customer.get();
        int cutoff = k.getAsInt();
        task.run(i18n.get("recommenders.task.retrain"), (progress, cancel) -> {
            service.retrain(chosen, progress, cancel);
            List<VariantTopK> lists = id == null || id.isBlank() ? List.of()
                    : service.topK(id, chosen, cutoff, progress, cancel);
            return new Shown(lists, null, service.drift());
        }, s -> {
            liveMessage.set(i18n.get("recommenders.retrained"));
            show(s);
        });
    }

    private record Shown(List<VariantTopK> lists, RecommenderService.LiveResult live, Drift drift) {
    }

    private void show(Shown s) {
        List<TopKRow> rows = new ArrayList<>();
        for (VariantTopK list : s.lists()) {
            for (RecommenderService.Recommendation r : list.items()) {
                rows.add(new TopKRow(list.variant(), r.rank(), r.title() == null ? r.sku() : r.title(), r.score(),
                        reason(r)));
            }
        }
        topK.setAll(rows);
        if (s.live() != null) {
            liveMessage.set(s.live().notRefreshed().isEmpty()
                    ? i18n.get("recommenders.live.refreshed", s.live().millis())
                    : i18n.get("recommenders.live.partly", s.live().millis(), String.join(", ", s.live().notRefreshed())));
        }
        showDrift(s.drift());
    }

    private void showDrift(Drift d) {
        hasNewData.set(d.added() > 0);
        drifted.set(d.fraction() >= DRIFT_THRESHOLD);
        driftMessage.set(d.added() == 0 ? "" : i18n.get(drifted.get() ? "recommenders.drift.high"
                : "recommenders.drift.low", d.added(), d.fraction() * 100));
    }

    /**
     * The plain-words reason of one recommendation: in English the engine's own sentence (the same words as in
     * campaign previews and exports), in other languages a translation chosen by the reason kind.
     */
    String reason(RecommenderService.Recommendation r) {
        if (Locale.ENGLISH.getLanguage().equals(i18n.getLocale().getLanguage()) && r.reasonText() != null) {
            return r.reasonText();
        }
        String items = String.join(", ", r.because().stream().limit(3).toList());
        return switch (r.reasonKind()) {
            case "popular" -> i18n.get("reason.popular");
            case "similar-items" -> r.because().isEmpty() ? i18n.get("reason.factors") : i18n.get("reason.similarItems", items);
            case "similar-customers" -> i18n.get("reason.similarCustomers", items);
            case "similar-content" -> r.because().isEmpty() ? i18n.get("reason.factors") : i18n.get("reason.similarContent", items);
            case "factors" -> r.because().isEmpty() ? i18n.get("reason.factors") : i18n.get("reason.factorsBecause", items);
            case LiveSession.REASON_LIVE -> i18n.get("reason.live", items);
            default -> r.reasonText() == null ? "" : r.reasonText();
        };
    }

    public void cancel() {
        task.cancel();
    }

    /** One row of the per-customer table. */
    public record TopKRow(String variant, int rank, String item, double score, String reason) {
    }

    public TaskState task() {
        return task;
    }

    public ObservableList<String> customers() {
        return customers;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public ObservableList<TopKRow> topK() {
        return topK;
    }

    public StringProperty itemQueryProperty() {
        return itemQuery;
    }

    public ObservableList<ItemChoice> items() {
        return items;
    }

    public ObjectProperty<ItemChoice> itemProperty() {
        return item;
    }

    public StringProperty liveMessageProperty() {
        return liveMessage;
    }

    public StringProperty driftMessageProperty() {
        return driftMessage;
    }

    public BooleanProperty driftedProperty() {
        return drifted;
    }

    public BooleanBinding canShowProperty() {
        return canShow;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canRetrainProperty() {
        return canRetrain;
    }
}
