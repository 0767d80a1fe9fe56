package org.tailor.ui.personas;

import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Three canned personas and five RFM segments; remembers the parameters. */
public final class FakePersonaService implements PersonaService {
    public int lastK;
    public long lastSeed;
    public int computations;

    @Override
    public PersonaResult compute(int k, long seed, Progress progress, Cancellation cancel) {
        lastK = k;
        computations++;
        lastSeed = seed;
        cancel.check();
        return new PersonaResult(List.of(
                new PersonaSummary("Loyal big spenders", 120, 1840.5, 12.0, List.of(
                        new PersonaMember("00017", 5, 22, 3120.0, "Champions"),
                        new PersonaMember("00042", 19, 14, 1505.25, "Loyal"))),
                new PersonaSummary("New browsers", 300, 95.0, 20.0, List.of(
                        new PersonaMember("00101", 3, 1, 40.0, "New"))),
                new PersonaSummary("Lapsed", 80, 410.0, 210.0, List.of())),
                List.of(new SegmentCount("Champions", 60), new SegmentCount("Loyal", 140),
                        new SegmentCount("New", 180), new SegmentCount("At risk", 70), new SegmentCount("Lost", 50)),
                k, seed, "2011-12-09", 12);
    }
}
