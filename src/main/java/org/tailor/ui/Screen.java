package org.tailor.ui;

/** The screens of the main window, in sidebar order: FXML name and the bundle key of their title. */
public enum Screen {
    DATA("Data", "nav.data"),
    PERSONAS("Personas", "nav.personas"),
    RECOMMENDERS("Recommenders", "nav.recommenders"),
    CAMPAIGNS("Campaigns", "nav.campaigns"),
    PRIVACY("Privacy", "nav.privacy"),
    FAIRNESS("Fairness", "nav.fairness");

    private final String fxml;
    private final String titleKey;

    Screen(String fxml, String titleKey) {
        this.fxml = fxml;
        this.titleKey = titleKey;
    }

    public String fxml() {
        return fxml;
    }

    public String titleKey() {
        return titleKey;
    }
}
