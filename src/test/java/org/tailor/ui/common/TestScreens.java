package org.tailor.ui.common;

import java.util.Locale;

/** A ScreenContext over an immediate runner and recording dialogs, in English. */
public final class TestScreens {
    public final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final I18n i18n = new I18n(Locale.ENGLISH);
    public final StatusModel status = new StatusModel();
    public final ScreenContext context = new ScreenContext(runner, dialogs, i18n, status);
}
