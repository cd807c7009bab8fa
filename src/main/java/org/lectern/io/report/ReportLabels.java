package org.lectern.io.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;

/** How values read in a report, the same in every format. */
final class ReportLabels {
    /** Alpha of a highlight's background: translucent enough for black text to stay readable, as in the window. */
    static final double HIGHLIGHT_ALPHA = 0.45;
    /** Times are written in UTC so that colleagues in different time zones read the same report. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportLabels() {
    }

    /** "3 highlights · 1 actor · 0 claims · 1 item of evidence": the report's figures under its title. */
    static String counts(int highlights, int actors, int claims, int evidence) {
        return counted(highlights, "highlight", "highlights") + " · " + counted(actors, "actor", "actors") + " · "
                + counted(claims, "claim", "claims") + " · " + counted(evidence, "item of evidence", "items of evidence");
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** "usually reliable / probably true" for B2. */
    static String gradeMeaning(Grade grade) {
        return grade.reliability().meaning() + " / " + grade.credibility().meaning();
    }

    /** "B2 — usually reliable / probably true". */
    static String gradeText(Grade grade) {
        return grade.code() + " \u2014 " + gradeMeaning(grade);
    }

    /** "likely (55–80%)", or "not assessed". */
    static String likelihood(Likelihood likelihood) {
        return likelihood.band().isEmpty() ? likelihood.label() : likelihood.label() + " (" + likelihood.band() + ")";
    }

    /** {@code #4e79a7} as {@code rgba(78, 121, 167, 0.45)}. */
    static String translucent(String hexColor) {
        int r = Integer.parseInt(hexColor.substring(1, 3), 16);
        int g = Integer.parseInt(hexColor.substring(3, 5), 16);
        int b = Integer.parseInt(hexColor.substring(5, 7), 16);
        return "rgba(" + r + ", " + g + ", " + b + ", " + HIGHLIGHT_ALPHA + ")";
    }

    /** True for a URL a report may link to: plain web addresses only, never javascript: or data:. */
    static boolean isWebUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && lower.length() > "https://".length()
                && lower.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>');
    }
}
