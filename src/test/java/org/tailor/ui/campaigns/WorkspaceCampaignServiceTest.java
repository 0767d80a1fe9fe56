package org.tailor.ui.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.ShopFixture;
import org.tailor.ui.personas.PersonaService;
import org.tailor.ui.personas.WorkspacePersonaService;

/**
 * Campaign for the heavy-buyer persona of {@link ShopFixture} (H1, H2, H3), popularity offers over all data:
 * P1 4, P2 4, P3 3, P4 2, P5 3, P6 3, P7 1 distinct buyers. H3 opted out.
 * H1 owns P1-P5 -> unseen P6 (3), P7 (1). H2 owns P1, P2, P3, P5, P6 -> unseen P4 (2), P7 (1).
 */
class WorkspaceCampaignServiceTest {
    @TempDir
    Path dir;
    private final Workspace ws = ShopFixture.fill(Workspace.inMemory());
    private final WorkspaceCampaignService service = new WorkspaceCampaignService(ws, new AlgorithmCatalog());
    private String heavy;

    @BeforeEach
    void personas() {
        var result = new WorkspacePersonaService(ws).compute(2, 42, Progress.NONE, Cancellation.NONE);
        heavy = result.personas().stream().filter(p -> p.size() == 3).map(PersonaService.PersonaSummary::name)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void previewOffersUnboughtPopularItemsAndGroupsExclusionsByReason() {
        var p = service.preview(new CampaignService.CampaignRequest(heavy, 2, 0, 7, "pop", false), Progress.NONE,
                Cancellation.NONE);
        assertEquals(List.of(
                new CampaignService.CampaignTarget("H1", "treatment", List.of("P6", "P7"),
                        List.of("Candle lamp", "Picnic rug"), "popular with everyone"),
                new CampaignService.CampaignTarget("H2", "treatment", List.of("P4", "P7"),
                        List.of("Desk lamp", "Picnic rug"), "popular with everyone")), p.targets());
        assertEquals(List.of(new CampaignService.Exclusion("opted_out", 1)), p.excluded());
    }

    @Test
    void exportWritesTheFormulaSafeCsvOfThePreview() throws Exception {
        Path out = dir.resolve("campaign.csv");
        long rows = service.export(new CampaignService.CampaignRequest(heavy, 2, 0, 7, "pop", false), out,
                Progress.NONE, Cancellation.NONE);
        assertEquals(2, rows);
        assertEquals(List.of("customer_id,arm,items", "H1,treatment,P6;P7", "H2,treatment,P4;P7"),
                Files.readAllLines(out, StandardCharsets.UTF_8));
        assertEquals(1, ws.count("campaign"), "the exported campaign is stored in the workspace");
    }

    @Test
    void halfTheTargetsGoToTheControlGroupAndReasonsCanBeExported() throws Exception {
        Path out = dir.resolve("with-reasons.csv");
        service.export(new CampaignService.CampaignRequest(heavy, 2, 50, 7, "pop", true), out, Progress.NONE,
                Cancellation.NONE);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("customer_id,arm,items,reason", lines.get(0));
        // round(2 * 50 / 100) = 1 control, 1 treatment
        assertEquals(1, lines.stream().filter(l -> l.contains(",control,")).count());
        assertEquals(1, lines.stream().filter(l -> l.contains(",treatment,")).count());
        assertEquals(3, lines.size());
    }

    @Test
    void anUnknownPersonaIsNamedInTheMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> service.preview(
                new CampaignService.CampaignRequest("Nobody", 2, 0, 7, "pop", false), Progress.NONE,
                Cancellation.NONE));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("No persona called 'Nobody'"), e.getMessage());
    }
}
