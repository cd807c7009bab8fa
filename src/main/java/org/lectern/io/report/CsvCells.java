package org.lectern.io.report;

/**
 * Keeps a CSV cell from running as a formula when the file is opened in a spreadsheet (CSV injection): a cell
 * that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return, which some
 * spreadsheets skip before reading one of those) gets a leading apostrophe, which spreadsheets read as "this is
 * text". The apostrophe stays in the file, so a program reading the CSV sees it too; that is the price of
 * opening safely in Excel, LibreOffice and Google Sheets.
 */
final class CsvCells {
    private CsvCells() {
    }

    static String safe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }
}
