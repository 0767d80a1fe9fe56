package org.tailor.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The current language and its strings ({@code i18n/messages*.properties}, UTF-8). Switching the locale re-renders
 * everything bound through {@link #text}; Views are reloaded with the new bundle by the main window.
 */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final ObjectProperty<Locale> locale;

    public I18n(Locale initial) {
        this.locale = new SimpleObjectProperty<>(initial);
    }

    /** The supported locale closest to the system's: Chinese for any zh locale, English otherwise. */
    public static Locale defaultFor(Locale system) {
        return "zh".equals(system.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** The bundle of the current locale; English is the base bundle and never falls back to the system locale. */
    public ResourceBundle bundle() {
        return bundle(locale.get());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** The text for {@code key} when the bundle has it, else {@code fallback} (engine values without a translation). */
    public String getOr(String key, String fallback) {
        return bundle().containsKey(key) ? bundle().getString(key) : fallback;
    }

    /** A binding that follows the language. Arguments that are observables are re-read when they change. */
    public StringBinding text(String key, Object... args) {
        Observable[] deps = new Observable[1 + args.length];
        deps[0] = locale;
        int n = 1;
        for (Object a : args) {
            if (a instanceof Observable o) {
                deps[n++] = o;
            }
        }
        Observable[] used = java.util.Arrays.copyOf(deps, n);
        return Bindings.createStringBinding(() -> get(key, resolve(args)), used);
    }

    private static Object[] resolve(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof javafx.beans.value.ObservableValue<?> v ? v.getValue() : args[i];
        }
        return out;
    }
}
