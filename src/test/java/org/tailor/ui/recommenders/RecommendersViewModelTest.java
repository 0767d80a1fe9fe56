package org.tailor.ui.recommenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tailor.ui.common.ErrorBars;
import org.tailor.ui.common.TestScreens;
import org.tailor.ui.recommenders.RecommenderService.SplitKind;

class RecommendersViewModelTest {
    private final TestScreens t = new TestScreens();
    private final FakeRecommenderService service = new FakeRecommenderService();
    private final RecommendersViewModel vm = new RecommendersViewModel(service, t.context);

    @BeforeEach
    void show() {
        vm.activate();
    }

    private VariantChoice variant(String name) {
        return vm.variant(name);
    }

    @Test
    void builderOffersEveryParameterWithItsDefault() {
        assertEquals(List.of("pop", "itemknn", "als"), vm.variants().stream().map(VariantChoice::getName).toList());
        assertEquals(List.of("pop"), vm.selectedSpecs());
        VariantChoice als = variant("als");
        assertEquals(List.of("factors", "lambda", "alpha"), als.fields().stream().map(ParamField::getName).toList());
        assertEquals("64", als.fields().get(0).valueProperty().get());
        assertEquals("als", als.spec(), "defaults are implied");
        als.fields().get(0).valueProperty().set("32");
        als.fields().get(2).valueProperty().set("2.5");
        assertEquals("als:factors=32,alpha=2.5", als.spec());
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void invalidValuesAreShownNextToTheFieldAndBlockTheRun() {
        VariantChoice als = variant("als");
        als.selectedProperty().set(true);
        ParamField factors = als.fields().get(0);
        factors.valueProperty().set("many");
        assertEquals("factors must be a whole number", factors.errorProperty().get());
        assertEquals("factors must be a whole number", als.errorProperty().get());
        assertFalse(vm.canRunProperty().get());
        als.fields().get(2).valueProperty().set("1,5");
        assertEquals("alpha must be a number", als.fields().get(2).errorProperty().get());
        factors.valueProperty().set("0");
        als.fields().get(2).valueProperty().set("1.5");
        assertEquals("Parameter factors=0 of variant als must be positive", als.errorProperty().get(),
                "well-formed but refused by the engine");
        assertFalse(vm.canRunProperty().get());
        factors.valueProperty().set("16");
        assertTrue(vm.canRunProperty().get());
        ParamField sim = variant("itemknn").fields().get(0);
        sim.valueProperty().set("euclid");
        assertEquals("sim must be one of cosine, pearson", sim.errorProperty().get());
    }

    @Test
    void seedAndSelectionAreValidated() {
        vm.seedProperty().set("x");
        assertEquals("The seed must be a whole number.", vm.seedErrorProperty().get());
        assertFalse(vm.canRunProperty().get());
        vm.seedProperty().set("7");
        variant("pop").selectedProperty().set(false);
        assertFalse(vm.canRunProperty().get());
        assertEquals("Choose at least one variant.", vm.variantsErrorProperty().get());
    }

    @Test
    void evaluationSendsTheRequestListsRunsAndComparesThem() {
        variant("als").selectedProperty().set(true);
        variant("als").fields().get(0).valueProperty().set("32");
        vm.splitProperty().set(SplitKind.RANDOM);
        vm.seedProperty().set("7");
        vm.kProperty().set(5);
        vm.runEvaluation();
        var request = service.evaluated.get(0);
        assertEquals(List.of("pop", "als:factors=32"), request.specs());
        assertEquals(5, request.k());
        assertEquals(SplitKind.RANDOM, request.split());
        assertEquals(7, request.seed());
        assertEquals(2, vm.runs().size());
        assertEquals(List.of("ndcg@5", "precision@5", "coverage"), vm.metricNames());
        assertEquals(vm.runs(), vm.selectedRuns(), "the new runs are compared");
        assertEquals("per-customer temporal holdout, latest 20%. 4 customers evaluated; 1 without a relevant"
                + " test item counted apart.", vm.summaryProperty().get());

        List<ErrorBars.Series> bars = vm.bars();
        assertEquals(List.of("#1 pop", "#2 als:factors=32"), bars.stream().map(ErrorBars.Series::name).toList());
        ErrorBars.Bar popNdcg = bars.get(0).bars().get(0);
        assertEquals("ndcg@5", popNdcg.category());
        assertEquals(0.5, popNdcg.value(), 1e-12); // (0 + 1 + 0.5 + 0.5) / 4
        double[] ci = percentileBootstrap(new double[] {0, 1, 0.5, 0.5}, 7);
        assertEquals(ci[0], popNdcg.low(), 1e-12);
        assertEquals(ci[1], popNdcg.high(), 1e-12);
        assertTrue(popNdcg.low() <= 0.5 && popNdcg.high() >= 0.5 && popNdcg.low() >= 0 && popNdcg.high() <= 1);

        // paired: differences pop - als on ndcg = {-0.1, 0, -0.1, -0.1} -> mean -0.075
        assertEquals(2, vm.paired().size());
        assertEquals(-0.075, vm.paired().get(0).meanDifference(), 1e-12);
        assertEquals("#1 pop minus #2 als:factors=32 over 4 customers (95% bootstrap interval; p Holm-corrected)",
                vm.pairedTitleProperty().get());
        var scatter = vm.comparisonProperty().get().accuracyCoverage();
        assertEquals(0.3, scatter.get(1).coverage(), 1e-12);
        assertEquals((0.1 + 1 + 0.6 + 0.6) / 4, scatter.get(1).ndcg(), 1e-12);
        assertEquals(0.25, vm.comparisonProperty().get().curves().get(0).recall()[0], 1e-12);
    }

    @Test
    void oneSelectedRunAsksForASecondAndRunsOnOtherSplitsAreNotPaired() {
        vm.runEvaluation();
        vm.select(List.of(vm.runs().get(0)));
        assertEquals("Select two runs to test their difference.", vm.pairedTitleProperty().get());
        var a = vm.runs().get(0);
        var b = new RecommenderService.RunRecord(99, "x", "als", "{}", "leave-one-out", 42, "v1", 10, 1,
                a.metrics(), a.users(), a.perUser(), null, null);
        vm.select(List.of(a, b));
        assertTrue(vm.paired().isEmpty());
        assertNull(vm.comparisonProperty().get().paired());
        assertTrue(vm.pairedTitleProperty().get().startsWith("These runs used different splits"));
    }

    @Test
    void storedRunsAreListedWhenTheScreenOpens() {
        service.evaluate(new RecommenderService.EvaluationRequest(List.of("pop"), 10, SplitKind.LEAVE_ONE_OUT, 3),
                null, null);
        RecommendersViewModel fresh = new RecommendersViewModel(service, t.context);
        fresh.activate();
        assertEquals(1, fresh.runs().size());
        assertEquals(List.of("ndcg@10", "precision@10", "coverage"), fresh.metricNames());
    }

    @Test
    void trainingCurveAndSearchFillTheirTablesAndTheBestTryGoesBackToTheBuilder() {
        TrainingViewModel training = vm.training();
        assertEquals(List.of("als"), training.iterative());
        assertEquals("als", training.variantProperty().get());
        training.showCurve();
        assertEquals(3, training.curve().size());
        assertEquals(0.15, training.curve().get(1).validationNdcg());
        training.variantProperty().set("pop");
        assertFalse(training.canCurveProperty().get(), "pop does not train in epochs");
        training.variantProperty().set("als");
        training.tune();
        assertEquals(2, training.tries().size());
        assertEquals("als:factors=128,lambda=1", training.bestProperty().get());
        training.useBest();
        assertEquals("als:factors=128,lambda=1", variant("als").spec());
        assertTrue(variant("als").selectedProperty().get());
    }

    @Test
    void addedInteractionRefreshesTheListsAndOffersRetrain() {
        CustomerViewModel c = vm.customer();
        assertEquals(List.of("00017", "00018", "00042"), c.customers());
        c.customerProperty().set("00017");
        c.showCustomer();
        assertEquals(2, c.topK().size());
        assertEquals("you bought Red lantern and Glass jar; customers who bought them also bought this",
                c.topK().get(0).reason());
        assertFalse(c.canRetrainProperty().get(), "no new data yet");
        c.itemQueryProperty().set("lantern");
        assertEquals(List.of("71053"), c.items().stream().map(RecommenderService.ItemChoice::sku).toList());
        assertFalse(c.canAddProperty().get());
        c.itemProperty().set(c.items().get(0));
        c.addInteraction();
        assertEquals(List.of("00017/71053"), service.added);
        assertEquals("Set of 7 babushka dolls", c.topK().get(0).item());
        assertEquals("Refreshed in 2.5 ms; pop need a retrain to change", c.liveMessageProperty().get());
        // 110 now against 100 at training: 10 new, 10%
        assertEquals("10 new interactions since the models were trained (10.0%): retrain recommended.",
                c.driftMessageProperty().get());
        assertTrue(c.driftedProperty().get());
        assertTrue(c.canRetrainProperty().get());
        c.retrain();
        assertEquals(1, service.retrains);
        assertFalse(c.canRetrainProperty().get());
        assertEquals("", c.driftMessageProperty().get());
    }

    @Test
    void reasonsAreTranslatedByKind() {
        t.i18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        CustomerViewModel c = vm.customer();
        assertEquals("所有客户中的热门商品", c.reason(new RecommenderService.Recommendation(1, "x", null, 1, "popular",
                List.of(), "popular with many customers")));
        assertEquals("根据最近的购买刷新：Tea towel", c.reason(new RecommenderService.Recommendation(1, "x", null, 1,
                "live", List.of("Tea towel"), "refreshed")));
    }

    /** Percentile bootstrap written out here: 2000 resamples, 2.5% and 97.5% order statistics. */
    private static double[] percentileBootstrap(double[] x, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] means = new double[2000];
        for (int b = 0; b < means.length; b++) {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                sum += x[rnd.nextInt(x.length)];
            }
            means[b] = sum / x.length;
        }
        Arrays.sort(means);
        // floor(0.025 * 1999) = 49, ceil(0.975 * 1999) = 1950
        return new double[] {means[49], means[1950]};
    }
}
