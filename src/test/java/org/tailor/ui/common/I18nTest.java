package org.tailor.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.Test;

/** Both bundles hold the same keys, and FXML holds no literal user-visible text. */
class I18nTest {
    private static final Pattern TEXT_ATTR = Pattern.compile("\\s(text|promptText|title|label)=\"([^\"]*)\"");

    @Test
    void bundlesHaveExactlyTheSameKeys() {
        Set<String> en = new TreeSet<>(I18n.bundle(Locale.ENGLISH).keySet());
        Set<String> zh = new TreeSet<>(I18n.bundle(Locale.SIMPLIFIED_CHINESE).keySet());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys missing from messages_zh_CN.properties");
        assertEquals(Set.of(), onlyZh, "keys missing from messages.properties");
        assertTrue(en.size() > 100, "bundles look truncated: " + en.size());
    }

    @Test
    void chineseBundleIsReadAsUtf8AndEnglishNeverFallsBackToSystemLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Data", I18n.bundle(Locale.ENGLISH).getString("nav.data"));
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals("数据", I18n.bundle(Locale.SIMPLIFIED_CHINESE).getString("nav.data"));
    }

    @Test
    void everyFxmlTextIsAKeyOfTheBundle() throws IOException {
        ResourceBundle en = I18n.bundle(Locale.ENGLISH);
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("fxml"))) {
            files = s.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
        assertEquals(7, files.size(), "MainWindow + six screens");
        for (Path f : files) {
            Matcher m = TEXT_ATTR.matcher(Files.readString(f));
            while (m.find()) {
                String value = m.group(2);
                if (!value.startsWith("%")) {
                    problems.add(f.getFileName() + ": literal " + m.group(1) + "=\"" + value + "\"");
                } else if (!en.containsKey(value.substring(1))) {
                    problems.add(f.getFileName() + ": unknown key " + value);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void textBindingFollowsLanguageAndArguments() {
        I18n i18n = new I18n(Locale.ENGLISH);
        SimpleLongProperty stored = new SimpleLongProperty(3);
        StringBinding b = i18n.text("data.imported", stored, 1);
        assertEquals("Import finished: 3 rows stored, 1 rejected", b.get());
        stored.set(1200);
        assertEquals("Import finished: 1,200 rows stored, 1 rejected", b.get());
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("导入完成：已保存 1,200 行，拒绝 1 行", b.get());
    }

    @Test
    void campaignSummaryUsesSingularAndPlural() {
        I18n en = new I18n(java.util.Locale.ENGLISH);
        org.junit.jupiter.api.Assertions.assertEquals("1 customer receives offers, 0 held out as control, 0 left out",
                en.get("campaigns.summary", 1, 0, 0));
        org.junit.jupiter.api.Assertions.assertEquals("No customers receive offers, 2 held out as control, 1,250 left out",
                en.get("campaigns.summary", 0, 2, 1250));
    }
}
