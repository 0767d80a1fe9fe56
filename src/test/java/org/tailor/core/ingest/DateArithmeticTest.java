package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The importer's own calendar arithmetic against java.time, the independent reference. */
class DateArithmeticTest {
    @Test
    void epochDayAndMonthLengthsAgreeWithJavaTimeFrom1600To2400() {
        for (LocalDate d = LocalDate.of(1600, 1, 1); d.isBefore(LocalDate.of(2401, 1, 1)); d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), DateFormat.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    d.toString());
        }
        for (int y = 1600; y <= 2400; y++) {
            for (int m = 1; m <= 12; m++) {
                assertEquals(YearMonth.of(y, m).lengthOfMonth(), DateFormat.daysInMonth(y, m), y + "-" + m);
            }
        }
    }

    @Test
    void leapDaysAndDigitsFromOtherScriptsAreJudgedStrictly() {
        // 1900 is not a leap year (divisible by 100), 2000 is (by 400)
        assertNull(DateFormat.ISO.parse("1900-02-29"));
        assertEquals(LocalDate.of(2000, 2, 29).toEpochDay() * 86_400L, DateFormat.ISO.parse("2000-02-29"));
        // Arabic-Indic digits are digits to Character.isDigit, but not a date Tailor reads
        assertNull(DateFormat.ISO.parse("٢٠٢٤-01-05"));
        // 2024-04-10T05:44:42Z: day 19823 after 1970-01-01, plus 5 h 44 min 42 s = 20,682 s
        assertEquals(19_823L * 86_400 + 20_682, DateFormat.ISO.parse("2024-04-10T05:44:42Z"));
        assertEquals(19_823L * 86_400 + 20_682 - 2 * 3600, DateFormat.ISO.parse("2024-04-10T05:44:42+02:00"));
    }
}
