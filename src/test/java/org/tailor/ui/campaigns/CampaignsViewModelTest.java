package org.tailor.ui.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tailor.ui.common.TestScreens;

class CampaignsViewModelTest {
    private final TestScreens t = new TestScreens();
    private final FakeCampaignService service = new FakeCampaignService();
    private final CampaignsViewModel vm = new CampaignsViewModel(service, t.context);

    @Test
    void previewSendsParametersAndSummarisesArmsAndExclusions() {
        vm.activate();
        vm.personaProperty().set("New browsers");
        vm.topNProperty().set(3);
        vm.holdoutTextProperty().set("12.5");
        vm.seedTextProperty().set("99");
        vm.preview();
        assertEquals(new CampaignService.CampaignRequest("New browsers", 3, 12.5, 99, "pop", false), service.lastRequest);
        assertEquals(3, vm.targets().size());
        assertEquals(2, vm.excluded().size());
        // 3 targets, 1 in control -> 2 treated; 4 + 2 = 6 left out
        assertEquals("2 customers receive offers, 1 held out as control, 6 left out", vm.summaryProperty().get());
    }

    @Test
    void holdoutOutsideZeroToFiftyIsRefusedNextToTheField() {
        vm.activate();
        vm.holdoutTextProperty().set("60");
        assertEquals("Control group (%) must be between 0 and 50", vm.holdoutErrorProperty().get());
        vm.holdoutTextProperty().set("ten");
        assertEquals("Control group (%) must be a number", vm.holdoutErrorProperty().get());
        assertFalse(vm.canRunProperty().get());
        vm.preview();
        assertNull(service.lastRequest);
    }

    @Test
    void withoutPersonasTheScreenAsksToComputeThemFirst() {
        FakeCampaignService noPersonas = new FakeCampaignService() {
            @Override
            public List<String> personas() {
                return List.of();
            }
        };
        CampaignsViewModel pending = new CampaignsViewModel(noPersonas, t.context);
        pending.activate();
        assertNull(pending.personaProperty().get());
        assertEquals("Choose a persona (compute personas first).", pending.personaErrorProperty().get());
        assertFalse(pending.canRunProperty().get());
    }

    @Test
    void exportWritesToTheChosenFileAndReportsRows() {
        vm.activate();
        t.dialogs.answerSave(Path.of("out", "campaign.csv"));
        vm.withReasonsProperty().set(true);
        vm.export();
        assertEquals(Path.of("out", "campaign.csv"), service.exportedTo);
        assertTrue(service.lastRequest.withReasons(), "the reason column was asked for");
        assertEquals(List.of("Exported 3 rows to campaign.csv"), t.dialogs.notifications());
    }

    @Test
    void exportCancelledInTheChooserDoesNothing() {
        vm.activate();
        vm.export();
        assertNull(service.exportedTo);
        assertEquals(List.of("Loading choices"), t.runner.titles(), "only the persona list was loaded, nothing exported");
    }
}
