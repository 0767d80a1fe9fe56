package org.tailor.core.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The customers erased from a workspace, so that an import never brings one back. The {@code erasure_log} holds
 * only HMAC pseudonyms ({@link CustomerEraser#pseudonym}), so an incoming id is matched by computing its pseudonym
 * under the workspace secret; answers are cached per id (one instance per import). With an empty log nothing is
 * computed at all.
 */
public final class ErasedCustomers {
    private final Set<String> pseudonyms = new HashSet<>();
    private final Map<String, Boolean> answers = new HashMap<>();
    private final Mac mac;

    /** Reads the erasure log of {@code ws} (on the calling thread's connection). */
    public ErasedCustomers(Workspace ws) {
        try (Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT customer_pseudonym FROM erasure_log")) {
            while (rs.next()) {
                pseudonyms.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read the erasure log: " + e.getMessage(), e);
        }
        if (pseudonyms.isEmpty()) {
            mac = null;
            return;
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ws.pseudonymSecret(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when a customer with this external id (as stored: stripped) was erased from the workspace. */
    public boolean contains(String externalId) {
        if (mac == null || externalId == null) {
            return false;
        }
        return answers.computeIfAbsent(externalId, id -> pseudonyms.contains(
                HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)))));
    }
}
