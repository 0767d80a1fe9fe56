package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceUpgradeTest {
    @TempDir
    Path tmp;

    @Test
    void theOldUniqueNaturalKeyIndexIsDroppedAndDeduplicationStillHolds() throws SQLException {
        Path db = tmp.resolve("old.db");
        try (Workspace ws = Workspace.open(db); Statement st = ws.connection().createStatement()) {
            // what workspaces made by earlier versions have
            st.execute("CREATE UNIQUE INDEX interaction_natural_key ON interaction(natural_key)");
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    return w.interaction("C1", "S1", "purchase", 1.0, 2.0, 1_700_000_000L, "O1");
                }
            });
        }
        try (Workspace ws = Workspace.open(db); Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'interaction_natural_key'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
            // the same event again is still refused, now by the writer (rows stored before it are scanned)
            boolean added = ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("C1", Map.of());
                    return w.interaction("C1", "S1", "purchase", 1.0, 2.0, 1_700_000_000L, "O1");
                }
            });
            assertFalse(added);
            assertEquals(1, ws.count("interaction"));
        }
    }
}
