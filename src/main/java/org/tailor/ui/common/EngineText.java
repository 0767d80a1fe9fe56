package org.tailor.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the engine's fixed English phrases (split descriptions, offer reasons) in the current language. The engine
 * writes them for the CLI and the stored runs; the screens pass them through here. Each pattern's translation is the
 * bundle key {@code engine.KEY} with the captured parts as arguments; English, or a text no pattern knows, is shown
 * as it is.
 */
public final class EngineText {
    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            rule("per-customer temporal: latest (\\d+)% of each customer's rows in test", "split.perCustomer"),
            rule("global temporal: rows on or after (\\S+) in test", "split.global"),
            rule("leave-one-out: each customer's latest item in test", "split.leaveOneOut"),
            rule("random over unique pairs: (\\d+)% of pairs in test, seed (-?\\d+)", "split.random"),
            rule("popular with everyone \\(no purchase history yet\\)", "reason.popularCold"),
            rule("popular with everyone", "reason.popular"),
            rule("nothing left to offer: already has every product", "reason.nothingLeft"),
            rule("chosen offer", "reason.chosen"),
            rule("recommended by (.+)", "reason.recommendedBy"),
            rule("bought (.+)", "reason.bought"));

    private EngineText() {
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), key);
    }

    /** A customer column or attribute name (age, gender, zip3 ...): its label in the bundle, else the name itself. */
    public static String column(String name, I18n i18n) {
        return name == null ? null : i18n.getOr("column." + name, name);
    }

    public static String show(String text, I18n i18n) {
        if (text == null || i18n.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return text;
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            if (m.matches()) {
                List<Object> args = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    String part = m.group(g);
                    args.add(r.key().equals("reason.bought") ? String.join(i18n.get("engine.and"),
                            part.split(" and ")) : part);
                }
                return i18n.get("engine." + r.key(), args.toArray());
            }
        }
        return text;
    }
}
