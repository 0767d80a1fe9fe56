package org.tailor.ui.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tailor.ui.common.I18n;

class PersonaNamesTest {
    private final I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final I18n en = new I18n(Locale.ENGLISH);

    @Test
    void chineseComposesTheEngineVocabulary() {
        assertEquals("流失一次性高消费客户 2", PersonaNames.display("Lapsed one-time big spenders 2", zh));
        assertEquals("近期一次性客户", PersonaNames.display("Recent one-timers", zh));
        assertEquals("高频低消费客户", PersonaNames.display("Frequent light spenders", zh));
        assertEquals("Drama爱好者", PersonaNames.display("Drama fans", zh));
        assertEquals("偶购Thriller爱好者", PersonaNames.display("Occasional Thriller fans", zh));
        assertEquals("普通客户", PersonaNames.display("Typical customers", zh));
    }

    @Test
    void englishAndUnknownNamesStayAsWritten() {
        assertEquals("Lapsed one-time big spenders 2", PersonaNames.display("Lapsed one-time big spenders 2", en));
        assertEquals("VIP list", PersonaNames.display("VIP list", zh));
    }
}
