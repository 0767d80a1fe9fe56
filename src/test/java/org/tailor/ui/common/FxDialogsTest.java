package org.tailor.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FxDialogsTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);

    @Test
    void readableMessageIsTheFirstMessageAlongTheCauseChain() {
        Throwable wrapped = new RuntimeException(new IOException("orders.csv, line 42, column 'Quantity': not a number"));
        // RuntimeException(cause) copies the cause's toString as its message: skipped, as is a null message
        Throwable silent = new IllegalStateException((String) null, new IOException("disk full"));
        assertEquals("orders.csv, line 42, column 'Quantity': not a number",
                FxDialogs.readableMessage(wrapped, i18n));
        assertEquals("disk full", FxDialogs.readableMessage(silent, i18n));
        assertEquals("Something went wrong. The details below can help the developers.",
                FxDialogs.readableMessage(new NullPointerException(), i18n));
    }
}
