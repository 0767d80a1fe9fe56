package org.tailor.ui.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tailor.ui.common.TestScreens;

class FairnessViewModelTest {
    private final TestScreens t = new TestScreens();
    private final FakeFairnessService service = new FakeFairnessService();
    private final FairnessViewModel vm = new FairnessViewModel(service, t.context);

    @Test
    void computeSendsChoicesAndShowsRatio() {
        vm.activate();
        vm.variantProperty().set("als");
        vm.groupAttributeProperty().set("gender");
        vm.kProperty().set(20);
        vm.compute();
        assertEquals("als", service.lastVariant);
        assertEquals("gender", service.lastGroup);
        assertEquals(20, service.lastK);
        assertEquals(10, vm.exposure().size());
        assertEquals(2, vm.groups().size());
        assertEquals(273, vm.groups().get(0).customers());
        assertEquals("Min/max NDCG across groups: 0.75 (1.00 = parity)", vm.ratioProperty().get());
        t.i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("各组 NDCG 最小/最大比：0.75（1.00 = 完全均衡）", vm.ratioProperty().get());
    }

    @Test
    void activateSelectsTheFirstChoices() {
        vm.activate();
        assertEquals("pop", vm.variantProperty().get());
        assertEquals("gender", vm.groupAttributeProperty().get());
    }

    @Test
    void aShownReportFollowsTheGroupChoice() {
        vm.activate();
        vm.groupAttributeProperty().set("age band");
        assertEquals(null, service.lastGroup, "nothing computed before the first Compute");
        vm.compute();
        vm.groupAttributeProperty().set("gender");
        assertEquals("gender", service.lastGroup);
        // the group choices are loaded in the background, then the two reports
        assertEquals(3, t.runner.titles().size());
        assertEquals("Loading choices", t.runner.titles().get(0));
    }
}
