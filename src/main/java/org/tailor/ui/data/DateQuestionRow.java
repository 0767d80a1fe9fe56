package org.tailor.ui.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tailor.ui.common.I18n;

/** An ambiguous date column the user must answer: its formats, each with example values read that way. */
public final class DateQuestionRow {
    private final DataService.DateQuestion question;
    private final StringProperty answer = new SimpleStringProperty();

    public DateQuestionRow(DataService.DateQuestion question) {
        this.question = question;
    }

    public String getColumn() {
        return question.column();
    }

    public List<String> formats() {
        return question.formats();
    }

    /** The chosen format ({@code dd/MM/yyyy} ...), null until answered. */
    public StringProperty answerProperty() {
        return answer;
    }

    public boolean isAnswered() {
        return answer.get() != null;
    }

    /** The question in the UI language, following it when it changes. */
    public StringBinding questionText(I18n i18n) {
        return i18n.text("data.date.question", question.column());
    }

    /** {@link #describe} of one format, following the UI language when it changes. */
    public StringBinding optionText(String format, I18n i18n) {
        return Bindings.createStringBinding(() -> describe(format, i18n), i18n.localeProperty());
    }

    /** "dd/MM/yyyy: 03/04/2024 = 3 April 2024, ..." in the UI language. */
    public String describe(String format, I18n i18n) {
        Locale locale = i18n.getLocale();
        DateTimeFormatter out = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<LocalDate> dates = question.readings().getOrDefault(format, List.of());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < question.samples().size(); i++) {
            LocalDate d = i < dates.size() ? dates.get(i) : null;
            parts.add(i18n.get("data.date.example", question.samples().get(i),
                    d == null ? i18n.get("data.date.unreadable") : out.format(d)));
        }
        return i18n.get("data.date.option", format, String.join(i18n.get("data.list.separator"), parts));
    }
}
