package org.tailor.core.campaign;

import java.util.List;

/**
 * One exported row: external customer id, the address for the email channel (trimmed; null otherwise), arm
 * ({@code treatment} or {@code control}: control rows are listed with the items they would have got, and are not
 * sent), offered SKUs with their titles, and a one-line reason.
 */
public record CampaignTarget(String customerId, String email, String arm, List<String> items, List<String> titles,
                             String reason) {
    public static final String TREATMENT = "treatment";
    public static final String CONTROL = "control";
}
