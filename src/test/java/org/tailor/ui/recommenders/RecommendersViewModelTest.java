package org.tailor.ui.recommenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tailor.ui.common.TestScreens;

class RecommendersViewModelTest {
    private final TestScreens t = new TestScreens();
    private final FakeRecommenderService service = new FakeRecommenderService();
    private final RecommendersViewModel vm = new RecommendersViewModel(service, t.context);

    @BeforeEach
    void show() {
        vm.activate();
    }

    @Test
    void activateListsVariantsWithTheFirstSelectedAndTheCustomers() {
        assertEquals(List.of("pop", "itemknn", "als"), vm.variants().stream().map(VariantChoice::getName).toList());
        assertEquals(List.of("pop"), vm.selectedSpecs());
        assertEquals(List.of("00017", "00018", "00042"), vm.customers());
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void evaluationSendsSpecsWithParametersAndFillsTable() {
        vm.variants().get(2).selectedProperty().set(true);
        vm.variants().get(2).parametersProperty().set("factors = 64, iterations=15");
        vm.kProperty().set(5);
        vm.runEvaluation();
        assertEquals(List.of(List.of("pop", "als:factors=64,iterations=15")), service.evaluated);
        assertEquals(5, service.lastK);
        assertEquals(List.of("ndcg@5", "precision@5", "recall@5", "hitrate@5", "coverage"), vm.metricNames());
        assertEquals(2, vm.results().size());
        assertEquals(0.17, vm.results().get(1).metrics().get("ndcg@5"), 1e-12); // 0.1 + 0.07 for the second
        assertEquals("per-customer temporal holdout, latest 20%. 90 customers evaluated; 10 without a relevant"
                + " test item counted apart.", vm.summaryProperty().get());
    }

    @Test
    void badParametersBlockTheRunWithAMessageNextToTheVariant() {
        VariantChoice pop = vm.variants().get(0);
        pop.parametersProperty().set("factors");
        assertEquals("Parameters of pop must look like key=value,key=value", pop.errorProperty().get());
        assertFalse(vm.canRunProperty().get());
        pop.parametersProperty().set("");
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void noVariantSelectedBlocksTheRun() {
        vm.variants().get(0).selectedProperty().set(false);
        assertFalse(vm.canRunProperty().get());
        assertEquals("Choose at least one variant.", vm.variantsErrorProperty().get());
    }

    @Test
    void perCustomerListShowsItemsWithPlainWordsReasons() {
        vm.customerProperty().set("00017");
        vm.showCustomer();
        assertEquals(2, vm.topK().size());
        var first = vm.topK().get(0);
        assertEquals(new RecommendersViewModel.TopKRow("pop", 1, "White hanging heart", 0.91,
                "you bought Red lantern and Glass jar; customers who bought them also bought this"), first,
                "English shows the engine's sentence");
        assertEquals("71053", vm.topK().get(1).item(), "no title: the SKU is shown");
        assertEquals("popular with many customers", vm.topK().get(1).reason());
        t.i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("所有客户中的热门商品", vm.reason(new RecommenderService.Recommendation(1, "x", null, 1, "popular",
                List.of(), "popular with many customers")));
        assertEquals("与 Tea towel 相似", vm.reason(new RecommenderService.Recommendation(1, "x", null, 1,
                "similar-content", List.of("Tea towel"), "similar to Tea towel")));
    }
}
