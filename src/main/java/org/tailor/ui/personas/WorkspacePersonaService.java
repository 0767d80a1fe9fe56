package org.tailor.ui.personas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.persona.CustomerProfile;
import org.tailor.core.persona.Persona;
import org.tailor.core.persona.PersonaParams;
import org.tailor.core.persona.PersonaReport;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * {@link PersonaService} over {@link org.tailor.core.persona.PersonaService}: RFM quintiles and seeded k-means
 * (default restarts, recency counted to the latest interaction date). Every run is stored in the workspace, so the
 * Campaigns screen targets the personas shown here.
 */
public final class WorkspacePersonaService implements PersonaService {
    private final Workspace workspace;
    private final org.tailor.core.persona.PersonaService engine = new org.tailor.core.persona.PersonaService();

    public WorkspacePersonaService(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public PersonaResult compute(int k, long seed, Progress progress, Cancellation cancel) {
        PersonaParams defaults = PersonaParams.defaults();
        PersonaReport report = engine.compute(workspace, new PersonaParams(k, seed, defaults.restarts(), null),
                progress, cancel);
        return toResult(report);
    }

    /** The engine's report as the screen shows it (personas largest first, members in customer-id order). */
    static PersonaResult toResult(PersonaReport report) {
        Map<String, List<PersonaMember>> members = new LinkedHashMap<>();
        for (CustomerProfile c : report.customers()) {
            members.computeIfAbsent(c.persona(), x -> new ArrayList<>()).add(new PersonaMember(c.customerId(),
                    c.recencyDays(), c.frequency(), c.monetary(), c.segment()));
        }
        List<PersonaSummary> personas = new ArrayList<>();
        for (Persona p : report.personas()) {
            personas.add(new PersonaSummary(p.name(), p.size(), p.monetary(), p.recencyDays(),
                    List.copyOf(members.getOrDefault(p.name(), List.of()))));
        }
        List<SegmentCount> segments = new ArrayList<>();
        report.rfmSegments().forEach((name, count) -> segments.add(new SegmentCount(name, count)));
        return new PersonaResult(personas, segments, report.params().k(), report.params().seed(),
                report.referenceDate(), report.customersWithoutActivity());
    }
}
