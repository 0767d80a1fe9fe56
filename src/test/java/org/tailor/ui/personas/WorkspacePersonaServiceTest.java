package org.tailor.ui.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.ShopFixture;
import org.tailor.ui.campaigns.WorkspaceCampaignService;
import org.tailor.core.recommend.AlgorithmCatalog;

/** Personas of {@link ShopFixture}: three heavy buyers and four light ones, X1 without purchases. */
class WorkspacePersonaServiceTest {
    private final Workspace ws = ShopFixture.fill(Workspace.inMemory());
    private final WorkspacePersonaService service = new WorkspacePersonaService(ws);

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void twoPersonasSplitHeavyFromLightBuyers() {
        var result = service.compute(2, 42, Progress.NONE, Cancellation.NONE);
        assertEquals(2, result.personas().size());
        PersonaService.PersonaSummary light = result.personas().get(0);
        PersonaService.PersonaSummary heavy = result.personas().get(1);
        // largest first: 4 light buyers, then 3 heavy ones
        assertEquals(4, light.size());
        assertEquals(3, heavy.size());
        assertEquals(Set.of("L1", "L2", "L3", "L4"), ids(light));
        assertEquals(Set.of("H1", "H2", "H3"), ids(heavy));
        // heavy: 5 lines x 10 = 50 each; last purchase on day 103 = the reference date -> recency 0
        assertEquals(50.0, heavy.averageSpend(), 1e-9);
        assertEquals(0.0, heavy.averageRecencyDays(), 1e-9);
        // light: spend (5 + 5 + 10 + 5) / 4 = 6.25; recency (93 + 93 + 92 + 93) / 4 = 92.75 (L3 last bought on day 11)
        assertEquals(6.25, light.averageSpend(), 1e-9);
        assertEquals(92.75, light.averageRecencyDays(), 1e-9);
        PersonaService.PersonaMember l3 = light.members().stream().filter(m -> m.customerId().equals("L3"))
                .findFirst().orElseThrow();
        assertEquals(92, l3.recencyDays(), 1e-9);
        assertEquals(2, l3.frequency());
        assertEquals(10.0, l3.spend(), 1e-9);
        // day 103 after 1970-01-01: 31 + 28 + 31 = 90 days to April 1st, + 13 -> 1970-04-14
        assertEquals("1970-04-14", result.referenceDate());
        assertEquals(1, result.customersWithoutActivity());
        assertEquals(7, result.rfmSegments().stream().mapToInt(PersonaService.SegmentCount::customers).sum());
        assertEquals(8, result.rfmSegments().size(), "every RFM segment listed, empty ones with 0");
        assertEquals(2, result.k());
        assertEquals(42, result.seed());
    }

    @Test
    void theRunIsStoredSoCampaignsCanTargetItsPersonas() {
        var result = service.compute(2, 42, Progress.NONE, Cancellation.NONE);
        List<String> names = result.personas().stream().map(PersonaService.PersonaSummary::name).toList();
        assertEquals(names, new WorkspaceCampaignService(ws, new AlgorithmCatalog()).personas());
    }

    private static Set<String> ids(PersonaService.PersonaSummary p) {
        return Set.copyOf(p.members().stream().map(PersonaService.PersonaMember::customerId).toList());
    }
}
