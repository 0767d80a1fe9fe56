package org.tailor.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.ShopFixture;
import org.tailor.ui.privacy.PrivacyService.ClassSizeCount;
import org.tailor.ui.privacy.PrivacyService.SuppressionConvention;

/**
 * k-anonymity of the {@link ShopFixture} customers. Age band and gender per customer:
 * H1 25-34 F, H2 25-34 F, L4 25-34 F | H3 45-54 M | L1 &lt;25 M, L2 &lt;25 M | L3 55+ F | X1 * F (no age).
 */
class WorkspacePrivacyServiceTest {
    @TempDir
    Path dir;
    private final Workspace ws = ShopFixture.fill(Workspace.inMemory());
    private final WorkspacePrivacyService service = new WorkspacePrivacyService(ws);

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void candidatesAreTheColumnsThatHoldValuesWithDerivedOnesAndAttributes() {
        // no occupation, country, city, e-mail or phone in the fixture; tier is an attribute key
        assertEquals(List.of("age", "age_band", "gender", "zip", "zip3", "tier"), service.quasiIdentifierCandidates());
    }

    @Test
    void genderAloneGivesKThree() {
        var r = service.kAnonymity(List.of("gender"), 2, SuppressionConvention.OWN_VALUE, Progress.NONE,
                Cancellation.NONE);
        // F: H1 H2 L3 L4 X1 = 5, M: H3 L1 L2 = 3 -> k = 3
        assertEquals(3, r.k());
        assertEquals(List.of(new ClassSizeCount(3, 1), new ClassSizeCount(5, 1)), r.classSizes());
        assertEquals(2, r.equivalenceClasses());
        assertEquals(0, r.violatingCustomers());
        assertEquals(8, r.customers());
    }

    @Test
    void bothConventionsForAgeBandAndGender() {
        var a = service.kAnonymity(List.of("age_band", "gender"), 2, SuppressionConvention.OWN_VALUE, Progress.NONE,
                Cancellation.NONE);
        // classes 3 (25-34 F), 1 (45-54 M), 2 (<25 M), 1 (55+ F), 1 (* F) -> k 1; below 2: H3, L3, X1
        assertEquals(1, a.k());
        assertEquals(List.of(new ClassSizeCount(1, 3), new ClassSizeCount(2, 1), new ClassSizeCount(3, 1)),
                a.classSizes());
        assertEquals(5, a.equivalenceClasses());
        assertEquals(3, a.violatingCustomers());
        var b = service.kAnonymity(List.of("age_band", "gender"), 2, SuppressionConvention.WILDCARD, Progress.NONE,
                Cancellation.NONE);
        // wildcard: X1 (* F) matches every F class: 55+ F -> 1 + 1 = 2, 25-34 F -> 4, * F -> 5; 45-54 M stays 1
        assertEquals(1, b.k());
        assertEquals(SuppressionConvention.WILDCARD, b.convention());
        assertEquals(1, b.violatingCustomers(), "only H3 is in a class compatible with fewer than 2 customers");
    }

    @Test
    void pseudonymizedExportUsesTheWorkspaceSecretAndLeavesDirectIdentifiersOut() throws Exception {
        Path out = dir.resolve("pseudo.csv");
        long rows = service.exportPseudonymized(List.of("gender", "zip3", "email"), out, Progress.NONE,
                Cancellation.NONE);
        assertEquals(8, rows);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("pseudonym,gender,zip3", lines.get(0));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ws.pseudonymSecret(), "HmacSHA256"));
        String h1 = HexFormat.of().formatHex(mac.doFinal("H1".getBytes(StandardCharsets.UTF_8)));
        assertEquals(h1 + ",F,101", lines.get(1));
        assertEquals(9, lines.size());
    }
}
