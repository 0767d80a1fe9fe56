package org.tailor.core.ingest;

import java.util.Map;

/** Where converted rows go: the workspace during an import, a counter during a preview. */
interface RowSink {
    /** Returns false when {@code mustExist} and the customer is unknown. */
    boolean customer(String id, Map<String, String> fields, String suspect, boolean mustExist);

    void item(String sku, Map<String, String> fields, String suspect);

    void interaction(long line, String customerId, String sku, String kind, Double value, Double amount, Long ts,
                     String orderId, String suspect);

    /** A rejected row; {@code customerId} is the row's customer id cell when it has one (for erasure), else null. */
    void rejected(long line, String column, String reason, String raw, String customerId);

    /** True when this customer id was erased from the workspace: the row is then neither stored nor kept. */
    default boolean erased(String customerId) {
        return false;
    }
}
