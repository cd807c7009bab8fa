package org.lectern.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date at the start of a line as English-language news copy prints it: "3 June 2024", "June 3, 2024",
 * "Jun. 3 2024", "Monday, 3 June 2024", "2024-06-03T10:15:00Z", or without a year in a dateline ("June 3"). A
 * date with its year is given as ISO 8601 ({@code 2024-06-03}), the form HTML pages give and exports write.
 */
final class WireDates {
    private static final Pattern WEEKDAY =
            Pattern.compile("^(?i)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}{3,9})\\.?,?(?:\\s+(\\d{4}))?(?![\\d\\p{L}])");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("^(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])");

    /** A date read: ISO 8601 if it has a year, and what follows it on the line (a time, "Updated …"). */
    record Parsed(String iso, boolean hasYear, String rest) {
    }

    private WireDates() {
    }

    static Optional<Parsed> parse(String text) {
        String line = WEEKDAY.matcher(text.strip()).replaceFirst("");
        Matcher iso = ISO.matcher(line);
        if (iso.find()) {
            return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3), line.substring(iso.end()));
        }
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(line);
        if (dayFirst.find()) {
            return month(dayFirst.group(2)).flatMap(month ->
                    date(dayFirst.group(3), month, dayFirst.group(1), line.substring(dayFirst.end())));
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(line);
        if (monthFirst.find()) {
            return month(monthFirst.group(1)).flatMap(month ->
                    date(monthFirst.group(3), month, monthFirst.group(2), line.substring(monthFirst.end())));
        }
        return Optional.empty();
    }

    private static Optional<Parsed> date(String year, int month, String day, String rest) {
        try {
            String after = rest.strip();
            if (year == null) {
                Month.of(month); // a day and month only: checked, but there is no ISO date to give
                return Optional.of(new Parsed("", false, after));
            }
            LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            return Optional.of(new Parsed(date.toString(), true, after));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 June 2024" is not a date
        }
    }

    /** "June", "Jun", "Jun." or "Sept": a month's English name or its abbreviation. */
    private static Optional<Integer> month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            if (name.equals(lower) || (lower.length() >= 3 && name.startsWith(lower))) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }
}
