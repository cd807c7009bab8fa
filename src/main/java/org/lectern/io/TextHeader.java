package org.lectern.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.model.DocumentMetadata;

/**
 * Reads what the top of a plain-text article says about itself, the way news copy is pasted or saved: a
 * headline, a "By NAME and NAME" or "By NAME, Agency" line, a "Published: 3 June 2024" or bare date line, a
 * URL, labelled lines ("Source: …", "Byline: …") as press databases export them, and the dateline that opens
 * the story ("UNITED NATIONS (AP) —", "LONDON, June 3 (Reuters) -"), which names the agency.
 *
 * <p>Only the lines above the story are read, and the writer's sign-off at its end when the top names no writer
 * ({@link #readSignOff}): the header ends at the dateline, at a line too long for a
 * headline, at a sentence-long line, or at a hard-wrapped paragraph. Every pattern is strict (a "By" line must
 * be names, a date line must be a date), because a wrong byline is worse than none: the analyst can always
 * type one in. The text itself is never changed; this is metadata only.
 */
final class TextHeader {
    /** Wire copy puts its headline, byline, date and address in the first few lines. */
    static final int MOST_HEADER_LINES = 10;
    private static final int LONGEST_BYLINE = 120;
    private static final int LONGEST_DATE_LINE = 60;
    /** Text is hard-wrapped at 60–80 columns; a headline followed by a lower-case line is shorter. */
    private static final int SHORTEST_WRAPPED_LINE = 50;

    /** Agencies and outlets that sign copy after the writer's name: "By Jane Doe, Reuters". */
    private static final Set<String> AGENCIES = Set.of("ap", "the associated press", "associated press", "reuters",
            "afp", "agence france-presse", "agence france presse", "bloomberg", "bloomberg news", "dpa",
            "deutsche presse-agentur", "efe", "ansa", "xinhua", "tass", "interfax", "kyodo", "kyodo news", "yonhap",
            "upi", "pa", "pa media", "anadolu", "anadolu agency", "bbc news", "cnn", "al jazeera", "reuters staff");

    /** Words a personal name may hold in lower case ("Ursula von der Leyen", "Ahmed al Sharif"). */
    private static final Set<String> NAME_PARTICLES = Set.of("and", "&", "de", "van", "von", "der", "den", "al",
            "el", "bin", "ibn", "da", "di", "du", "del", "della", "la", "le", "y", "dos", "das", "ter", "ten", "zu");

    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+(.+)$");
    private static final Pattern AGENCY_AFTER_NAMES =
            Pattern.compile("^(.+?)(?:\\s*[,|]\\s*|\\s+[-–—]\\s+|\\s+for\\s+)([\\p{L}][\\p{L} .&-]{1,30})$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*");
    private static final Pattern LABELLED = Pattern.compile("^([A-Za-z][A-Za-z ]{0,20}?)\\s*:\\s*(\\S.*)$");
    private static final Pattern DATE_WORD_BEFORE =
            Pattern.compile("^(?i)(published|posted|updated|last updated|first published)(?:\\s+on)?\\s+(.+)$");
    private static final Pattern URL = Pattern.compile("^<?(https?://\\S+?)>?$");
    /** "UNITED NATIONS (AP) —", "LONDON, June 3 (Reuters) -", "KYIV, Ukraine (AP) —". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’/-]{1,40}?(,[^()\\n]{1,60}?)?\\s*\\(([\\p{L}][\\p{L} .&-]{1,30})\\)\\s*[-–—]+\\s");
    /** A dateline without an agency, "LONDON —", before a sentence. */
    private static final Pattern BARE_DATELINE =
            Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M} .'’/-]{1,40}?(,[^()\\n]{1,60}?)?\\s*[-–—]+\\s+.*\\p{Ll}.*");

    private static final Map<String, Field> LABELS = Map.ofEntries(
            Map.entry("title", Field.TITLE), Map.entry("headline", Field.TITLE),
            Map.entry("by", Field.BYLINE), Map.entry("byline", Field.BYLINE), Map.entry("author", Field.BYLINE),
            Map.entry("authors", Field.BYLINE), Map.entry("written by", Field.BYLINE),
            Map.entry("source", Field.SOURCE), Map.entry("publication", Field.SOURCE),
            Map.entry("publisher", Field.SOURCE), Map.entry("agency", Field.SOURCE),
            Map.entry("published", Field.PUBLISHED), Map.entry("date", Field.PUBLISHED),
            Map.entry("posted", Field.PUBLISHED), Map.entry("publication date", Field.PUBLISHED),
            Map.entry("first published", Field.PUBLISHED), Map.entry("date published", Field.PUBLISHED),
            Map.entry("load date", Field.UPDATED), Map.entry("updated", Field.UPDATED),
            Map.entry("last updated", Field.UPDATED), Map.entry("url", Field.URL), Map.entry("link", Field.URL),
            Map.entry("source url", Field.URL), Map.entry("original url", Field.URL), Map.entry("web", Field.URL));

    private enum Field { TITLE, BYLINE, SOURCE, PUBLISHED, UPDATED, URL }

    /** The headline found, if any, and what else the header says (fields it does not say are empty). */
    record Found(Optional<String> title, DocumentMetadata metadata) {
    }

    private String labelledTitle = "";
    private String headline = "";
    private String byline = "";
    private String source = "";
    private String published = "";
    private String updated = "";
    private String url = "";

    private TextHeader() {
    }

    static Found read(String text) {
        TextHeader header = new TextHeader();
        header.scan(text);
        if (header.byline.isEmpty()) {
            header.readSignOff(text);
        }
        String title = header.labelledTitle.isEmpty() ? header.headline : header.labelledTitle;
        String date = header.published.isEmpty() ? header.updated : header.published;
        return new Found(title.isEmpty() ? Optional.empty() : Optional.of(title),
                new DocumentMetadata(header.source, header.byline, date, header.url));
    }

    private void scan(String text) {
        List<String> lines = firstLines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher dateline = DATELINE.matcher(line);
            if (dateline.find()) {
                fill(Field.SOURCE, dateline.group(2).strip());
                if (dateline.group(1) != null) {
                    WireDates.parse(dateline.group(1).substring(1).strip())
                            .filter(WireDates.Parsed::hasYear)
                            .ifPresent(date -> fill(Field.UPDATED, date.iso()));
                }
                return; // the story begins
            }
            // A long line whose sentence runs on into the next line is a hard-wrapped paragraph of the story.
            boolean wrapped = line.length() >= SHORTEST_WRAPPED_LINE && i + 1 < lines.size()
                    && startsLowerCase(lines.get(i + 1));
            if (line.length() > Titles.LONGEST_HEADLINE || isSentenceLong(line) || wrapped
                    || BARE_DATELINE.matcher(line).matches()) {
                return;
            }
            if (!readMetadata(line) && headline.isEmpty()) {
                headline = line;
            }
        }
    }

    /**
     * A story copied from a news site often signs off at its end rather than under its headline: "By EDITH M.
     * LEDERER" as its last line, or followed by a last line naming the agency ("Associated Press"). Only those two
     * places are read, with the byline's own strict rules, so a "By" sentence inside the story is never taken.
     */
    private void readSignOff(String text) {
        List<String> last = lastNonBlankLines(text, 2);
        if (last.isEmpty()) {
            return;
        }
        Matcher by = BY.matcher(last.get(last.size() - 1));
        if (by.matches() && last.get(last.size() - 1).length() <= LONGEST_BYLINE) {
            readByline(by.group(1).strip());
            return;
        }
        if (last.size() == 2 && AGENCIES.contains(last.get(1).toLowerCase(Locale.ROOT))) {
            by = BY.matcher(last.get(0));
            if (by.matches() && last.get(0).length() <= LONGEST_BYLINE && readByline(by.group(1).strip())) {
                fill(Field.SOURCE, last.get(1));
            }
        }
    }

    /** Up to {@code count} last lines that are not blank, stripped, in reading order; read from the end only. */
    private static List<String> lastNonBlankLines(String text, int count) {
        List<String> lines = new ArrayList<>();
        int end = text.length();
        while (end > 0 && lines.size() < count) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines.add(0, line);
            }
            end = start - 1;
        }
        return lines;
    }

    /** The first lines up to {@link #MOST_HEADER_LINES} non-blank ones, and the line after them (to see wrapping). */
    private static List<String> firstLines(String text) {
        List<String> lines = new ArrayList<>();
        int nonBlank = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lines.add(line);
            if (!line.isBlank() && ++nonBlank > MOST_HEADER_LINES) {
                break;
            }
        }
        if (nonBlank > MOST_HEADER_LINES) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** A line that is metadata fills its field (the first such line wins) and is no headline. */
    private boolean readMetadata(String line) {
        if (AGENCIES.contains(line.toLowerCase(Locale.ROOT))) {
            fill(Field.SOURCE, line);
            return true;
        }
        Matcher url = URL.matcher(line);
        if (url.matches()) {
            fill(Field.URL, url.group(1));
            return true;
        }
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches()) {
            Field field = LABELS.get(labelled.group(1).strip().toLowerCase(Locale.ROOT));
            if (field != null) {
                return readLabelled(field, labelled.group(2).strip());
            }
        }
        Matcher by = BY.matcher(line);
        if (by.matches() && line.length() <= LONGEST_BYLINE) {
            return readByline(by.group(1).strip());
        }
        Matcher dated = DATE_WORD_BEFORE.matcher(line);
        if (dated.matches() && line.length() <= LONGEST_DATE_LINE) {
            Optional<WireDates.Parsed> date = WireDates.parse(dated.group(2));
            if (date.isPresent()) {
                boolean update = dated.group(1).toLowerCase(Locale.ROOT).contains("updated");
                fill(update ? Field.UPDATED : Field.PUBLISHED, date.get().iso());
                return true;
            }
        }
        if (line.length() <= LONGEST_DATE_LINE) {
            Optional<WireDates.Parsed> date = WireDates.parse(line).filter(WireDates.Parsed::hasYear);
            if (date.isPresent() && date.get().rest().length() <= LONGEST_DATE_LINE * 2 / 3) {
                fill(Field.PUBLISHED, date.get().iso());
                return true;
            }
        }
        return false;
    }

    private boolean readLabelled(Field field, String value) {
        switch (field) {
            case BYLINE -> {
                Matcher by = BY.matcher(value);
                return readByline(by.matches() ? by.group(1).strip() : value) || fill(Field.BYLINE, value);
            }
            case SOURCE -> {
                Matcher url = URL.matcher(value);
                return url.matches() ? fill(Field.URL, url.group(1)) : fill(Field.SOURCE, value);
            }
            case URL -> {
                Matcher url = URL.matcher(value);
                return url.matches() && fill(Field.URL, url.group(1));
            }
            case PUBLISHED, UPDATED -> {
                // A date as the article prints it is kept as printed when it is not one Lectern can read.
                return fill(field, WireDates.parse(value).filter(WireDates.Parsed::hasYear)
                        .map(WireDates.Parsed::iso).orElse(value));
            }
            default -> {
                return fill(Field.TITLE, value);
            }
        }
    }

    /** "Jane Doe and John Roe", "Pavel Polityuk, Reuters", "EDITH M. LEDERER | AP": names, maybe an agency. */
    private boolean readByline(String value) {
        String names = value;
        String agency = "";
        Matcher signed = AGENCY_AFTER_NAMES.matcher(value);
        if (signed.matches() && AGENCIES.contains(signed.group(2).strip().toLowerCase(Locale.ROOT))) {
            names = signed.group(1).strip();
            agency = signed.group(2).strip();
        }
        if (!areNames(names)) {
            return false;
        }
        fill(Field.BYLINE, names);
        if (!agency.isEmpty()) {
            fill(Field.SOURCE, agency);
        }
        return true;
    }

    /** Every word a capitalised name, an initial or a particle: "By the time the ship docked" is no byline. */
    static boolean areNames(String names) {
        String[] words = names.split("[\\s,]+");
        if (words.length == 0 || words.length > 16 || !NAME_WORD.matcher(words[0]).matches()) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() && !NAME_PARTICLES.contains(word)) {
                return false;
            }
        }
        // A name ends in a letter or an initial's full stop ("Jr."), never in a sentence's.
        String last = words[words.length - 1];
        return !last.endsWith(".") || last.length() <= 3;
    }

    private boolean fill(Field field, String value) {
        switch (field) {
            case TITLE -> labelledTitle = labelledTitle.isEmpty() ? value : labelledTitle;
            case BYLINE -> byline = byline.isEmpty() ? value : byline;
            case SOURCE -> source = source.isEmpty() ? value : source;
            case PUBLISHED -> published = published.isEmpty() ? value : published;
            case UPDATED -> updated = updated.isEmpty() ? value : updated;
            case URL -> url = url.isEmpty() ? value : url;
        }
        return true;
    }

    /** A line over a title's length ending in a full stop is the story's first sentence, not its headline. */
    private static boolean isSentenceLong(String line) {
        return line.length() > Titles.MAX_TITLE_LENGTH && line.endsWith(".");
    }

    private static boolean startsLowerCase(String line) {
        String stripped = line.stripLeading();
        return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
    }
}
