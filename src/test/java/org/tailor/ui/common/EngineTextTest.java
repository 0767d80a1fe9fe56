package org.tailor.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EngineTextTest {
    private final I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final I18n en = new I18n(Locale.ENGLISH);

    @Test
    void chineseShowsTheEnginePhrasesTranslatedWithTheirValues() {
        assertEquals("按客户时间划分：每位客户最近 20% 的记录作为测试集",
                EngineText.show("per-customer temporal: latest 20% of each customer's rows in test", zh));
        assertEquals("按唯一客户-商品对随机划分：25% 作为测试集，随机种子 42",
                EngineText.show("random over unique pairs: 25% of pairs in test, seed 42", zh));
        assertEquals("购买过 Mug和Lamp", EngineText.show("bought Mug and Lamp", zh));
        assertEquals("大众热门（尚无购买记录）", EngineText.show("popular with everyone (no purchase history yet)", zh));
        assertEquals("由 itemknn 推荐", EngineText.show("recommended by itemknn", zh));
    }

    @Test
    void englishAndUnknownTextsAreShownAsWritten() {
        assertEquals("bought Mug and Lamp", EngineText.show("bought Mug and Lamp", en));
        assertEquals("something new", EngineText.show("something new", zh));
    }
}
