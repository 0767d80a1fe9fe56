package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParsingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        ".!1234.5!1234.5", ".!1,234.50!1234.5", ",!1.234,50!1234.5", ",!12,5!12.5", ".!€12.50!12.5",
        ",!12,50 €!12.5", ".!USD 1,000.00!1000", ",!1 234,5 EUR!1234.5", ".!15%!0.15", ",!12,5 %!0.125",
        ".!(12.00)!-12", ".!-3!-3", ".!£40.00!40", ".!1'234.5!1234.5", ".!12.00-!-12", ".!1.5e3!1500"})
    void readsNumbersAsWritten(char decimal, String text, double expected) {
        assertEquals(expected, new NumberParser(decimal).parse(text), 1e-9);
    }

    @Test
    void emptyIsNullAndGarbageIsAReadableError() {
        assertNull(new NumberParser('.').parse("  "));
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> new NumberParser('.').parse("abc"));
        assertEquals("'abc' is not a number", e.getMessage());
    }

    @Test
    void decimalSeparatorIsDecidedPerColumn() {
        assertEquals(',', NumberParser.detectDecimal(List.of("1.234,50", "12,5", "3"), ','));
        assertEquals('.', NumberParser.detectDecimal(List.of("1,234.50", "12.5", "3"), ','));
        assertEquals(',', NumberParser.detectDecimal(List.of("3", "4"), ';'));
        assertEquals('.', NumberParser.detectDecimal(List.of("3", "4"), ','));
    }

    @ParameterizedTest
    @CsvSource({
        // epoch seconds worked out with `date -u -d ... +%s`
        "yyyy-MM-dd, 2024-03-01, 1709251200",
        "yyyy-MM-dd, 2024-03-01 10:15, 1709288100",
        "yyyy-MM-dd, 2024-03-01T10:15:30Z, 1709288130",
        "yyyy-MM-dd, 2024-03-01T10:15:30+02:00, 1709280930",
        "yyyy-MM-dd, 2024-03-01T10:15:30.250-0500, 1709306130",
        "dd/MM/yyyy, 11/02/2024, 1707609600",
        "MM/dd/yyyy, 02/11/2024, 1707609600",
        "dd.MM.yyyy, 1.3.2024, 1709251200",
        "dd-MMM-yyyy, 01-Jan-1995, 788918400",
        "epoch-seconds, 881250949, 881250949",
        "epoch-millis, 881250949123, 881250949",
        // serial 45352 = 2024-03-01 (day 45352 after 1899-12-30); .5 = noon
        "spreadsheet-serial, 45352.5, 1709294400"})
    void parsesEveryDateForm(String format, String text, long epoch) {
        assertEquals(epoch, DateFormat.of(format).parse(text));
    }

    @Test
    void rejectsImpossibleDates() {
        assertNull(DateFormat.of("dd/MM/yyyy").parse("30/02/2024"));
        assertNull(DateFormat.of("dd/MM/yyyy").parse("29/02/2023"));
        assertEquals(1709164800L, DateFormat.of("dd/MM/yyyy").parse("29/02/2024"));
        assertNull(DateFormat.of("MM/dd/yyyy").parse("13/01/2024"));
        assertNull(DateFormat.of("yyyy-MM-dd").parse("2024-03-01 25:00"));
    }

    @Test
    void columnDeciderNeedsOneFormatForAllRows() {
        DateColumnDecider d = new DateColumnDecider();
        List.of("10/09/2023", "30/09/2023", "03/10/2023").forEach(d::accept);
        assertEquals(DateFormat.DMY_SLASH, d.decided());
        DateColumnDecider amb = new DateColumnDecider();
        List.of("01/02/2024", "02/03/2024").forEach(amb::accept);
        assertNull(amb.decided());
        assertEquals(List.of(DateFormat.DMY_SLASH, DateFormat.MDY_SLASH), amb.ambiguous());
    }

    @Test
    void headerNamesAreMadeUniqueAndBlankOnesNamed() {
        HeaderNames.Result r = HeaderNames.normalize(List.of("\uFEFFid", "email", "", "Email", "email"));
        assertEquals(List.of("id", "email", "column_3", "Email_2", "email_3"), r.names());
        assertEquals(3, r.changes().size());
    }
}
