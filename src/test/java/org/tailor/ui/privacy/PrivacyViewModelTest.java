package org.tailor.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tailor.ui.common.TestScreens;
import org.tailor.ui.privacy.PrivacyService.SuppressionConvention;

class PrivacyViewModelTest {
    private final TestScreens t = new TestScreens();
    private final FakePrivacyService service = new FakePrivacyService();
    private final PrivacyViewModel vm = new PrivacyViewModel(service, t.context);

    @Test
    void defaultsTickAgeGenderZipAndCheckShowsKWithItsConvention() {
        vm.activate();
        assertEquals(List.of("age", "gender", "zip"), vm.selectedQis());
        vm.conventionProperty().set(SuppressionConvention.WILDCARD);
        vm.check();
        assertEquals(List.of("age", "gender", "zip"), service.lastQis);
        assertEquals(SuppressionConvention.WILDCARD, service.lastConvention);
        assertEquals(5, service.lastTarget);
        assertEquals("1", vm.resultKProperty().get());
        assertEquals("The customer table is 1-anonymous (B: * matches any value (as in sdcMicro)): 17 equivalence classes over 61"
                + " customers.", vm.resultLabelProperty().get());
        assertEquals("11 customers are in classes smaller than k = 5.", vm.violatorsProperty().get());
        assertEquals(3, vm.classSizes().size());
        t.i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("客户表满足 1-匿名（B：* 匹配任意值（同 sdcMicro））：61 位客户共 17 个等价类。", vm.resultLabelProperty().get());
    }

    @Test
    void noQuasiIdentifierBlocksTheCheck() {
        vm.activate();
        vm.quasiIdentifiers().forEach(q -> q.selectedProperty().set(false));
        assertEquals("Tick at least one quasi-identifier.", vm.qiErrorProperty().get());
        assertFalse(vm.canCheckProperty().get());
    }

    @Test
    void pseudonymizedExportGoesToTheChosenFile() {
        vm.activate();
        t.dialogs.answerSave(Path.of("pseudo.csv"));
        vm.exportPseudonymized();
        assertEquals(Path.of("pseudo.csv"), service.exportedTo);
        assertEquals(List.of("age", "gender", "zip"), service.exportedColumns, "the ticked quasi-identifiers");
        assertEquals(List.of("Exported 61 pseudonymized customers to pseudo.csv"), t.dialogs.notifications());
    }

    @Test
    void aShownReportFollowsTheQuasiIdentifiers() {
        vm.activate();
        vm.check();
        vm.quasiIdentifiers().get(2).selectedProperty().set(true); // occupation
        assertEquals(List.of("age", "gender", "occupation", "zip"), service.lastQis);
        vm.targetKProperty().set(10);
        assertEquals(10, service.lastTarget);
        assertEquals("11 customers are in classes smaller than k = 10.", vm.violatorsProperty().get());
    }
}
