package org.tailor.core.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class PersonaServiceTest {
    @Test
    void twoPersonasAreFoundNamedStoredAndReloaded() {
        try (Workspace ws = Workspace.inMemory()) {
            org.tailor.core.Fixtures.twoPersonaShop(ws);
            PersonaService svc = new PersonaService();
            PersonaReport r = svc.compute(ws, new PersonaParams(2, 7, 5, null), Progress.NONE, Cancellation.NONE);
            assertEquals(2, r.personas().size());
            assertEquals(1, r.customersWithoutActivity());
            // F: recency 0, 6 orders, spend 600; L: recency 200 days (day 1000 - day 800), 1 order, spend 5
            Persona f = r.personas().stream().filter(p -> p.frequency() == 6).findFirst().orElseThrow();
            Persona l = r.personas().stream().filter(p -> p.frequency() == 1).findFirst().orElseThrow();
            assertEquals(3, f.size());
            assertEquals(600.0, f.monetary(), 1e-9);
            assertEquals(200.0, l.recencyDays(), 1e-9);
            assertEquals("Recent frequent big spenders", f.name());
            assertEquals("Lapsed one-time light spenders", l.name());
            assertEquals(java.util.List.of("L1", "L2", "L3"), r.membersOf("lapsed one-time light spenders"));
            assertTrue(r.runId() > 0);
            PersonaReport again = svc.latest(ws).orElseThrow();
            assertEquals(r.runId(), again.runId());
            assertEquals(r.personas(), again.personas());
            assertEquals(r.rfmSegments(), again.rfmSegments());
            assertEquals(6, r.rfmSegments().values().stream().mapToInt(Integer::intValue).sum());
        }
    }
}
