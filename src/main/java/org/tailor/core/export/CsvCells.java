package org.tailor.core.export;

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): a cell that begins with = + - @, a tab or a carriage
 * return gets a leading apostrophe so a spreadsheet shows it as text instead of running it.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
