package org.tailor.ui.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tailor.ui.common.I18n;

/**
 * Shows an engine persona name (built by {@code core.persona.PersonaNamer} from a fixed vocabulary, e.g.
 * "Lapsed one-time big spenders 2") in the current language. The name itself stays the persona's identifier; a name
 * outside the vocabulary is shown as it is. Words and their order come from the bundle ({@code persona.word.*},
 * {@code persona.name}); an empty {@code persona.name} (English) shows names as the engine wrote them.
 */
public final class PersonaNames {
    private static final Pattern NAME = Pattern.compile(
            "(?i)^(lapsed |recent )?(one-time |frequent |occasional )?(.+?)( \\d+)?$");
    private static final List<String> NOUNS = List.of("big spenders", "light spenders", "one-timers",
            "typical customers", "customers");

    private PersonaNames() {
    }

    public static String display(String name, I18n i18n) {
        if (name == null || i18n.getOr("persona.name", "").isBlank()) {
            return name;
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return name;
        }
        String noun = m.group(3).toLowerCase(Locale.ROOT);
        String nounText;
        if (NOUNS.contains(noun)) {
            nounText = i18n.get("persona.word." + key(noun));
        } else if (noun.endsWith(" fans")) {
            nounText = i18n.get("persona.word.fans", m.group(3).substring(0, m.group(3).length() - 5));
        } else {
            return name;
        }
        List<String> adjectives = new ArrayList<>();
        for (int g = 1; g <= 2; g++) {
            if (m.group(g) != null) {
                adjectives.add(i18n.get("persona.word." + key(m.group(g).trim().toLowerCase(Locale.ROOT))));
            }
        }
        String number = m.group(4) == null ? "" : m.group(4).trim();
        return i18n.get("persona.name", String.join(i18n.get("persona.word.joiner"), adjectives), nounText, number)
                .trim();
    }

    private static String key(String words) {
        return words.replaceAll("[^a-z]+", "_");
    }
}
