package org.tailor.cli;

/** Keeps exported cells from running as spreadsheet formulas. */
final class Cells {
    private Cells() {
    }

    /** Prefixes a cell starting with = + - @ (or tab/CR) with a single quote; null stays null. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
