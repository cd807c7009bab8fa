/**
 * Reports for people: {@link org.lectern.io.report.HtmlReport} (one self-contained HTML file from a Pebble
 * template), {@link org.lectern.io.report.PdfReport} (the same report laid out as A4 pages),
 * {@link org.lectern.io.report.MarkdownReport} and {@link org.lectern.io.report.CsvExport} (one row per
 * annotation, safe to open in a spreadsheet). All of them work from one
 * {@link org.lectern.io.report.ReportContent}, so every format shows the same numbers, grades and quotes.
 */
package org.lectern.io.report;
