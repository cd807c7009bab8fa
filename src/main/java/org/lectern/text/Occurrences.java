package org.lectern.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a name (an actor's name or one of its aliases) is mentioned in a text: whole words
 * only, ignoring case, so "Find mentions" proposes "UN" in "the UN said" but not in "UNESCO".
 *
 * <p>Names may contain punctuation ("U.N.", "Thomas-Greenfield", "O'Brien"). A mention may not be
 * preceded or followed by a letter, digit, combining mark or underscore. Hyphens and apostrophes
 * next to a mention do not extend it into a longer word: news text is full of compounds such as
 * "Russia-Ukraine talks", "UN-backed" and "Russia's", and a mention missed there is worse than a
 * proposal the analyst dismisses (like "Thomas" inside "Thomas-Greenfield"). Spaces in a name
 * match any run of whitespace (the name may be broken across lines), and straight and curly
 * apostrophes, as well as the hyphen characters, match each other.
 */
public final class Occurrences {
    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
    private static final String HYPHENS = "-\u2010\u2011";
    private static final String APOSTROPHES = "'\u2019\u02BC";
    private static final String NOT_AFTER_WORD = "(?<!" + WORD_CHAR + ")";
    private static final String NOT_BEFORE_WORD = "(?!" + WORD_CHAR + ")";

    private Occurrences() {
    }

    /** Every whole-word, case-insensitive mention of {@code name} in {@code text}, in text order. */
    public static List<TextRange> find(String text, String name) {
        Objects.requireNonNull(text, "text");
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Matcher matcher = patternFor(name.strip()).matcher(text);
        List<TextRange> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new TextRange(matcher.start(), matcher.end()));
        }
        return found;
    }

    /**
     * The mentions of any of {@code names} (say an actor's name and its aliases), in text order.
     * Where two mentions overlap ("United Nations" and "Nations"), the one starting first and then
     * the longer one is kept, so no stretch of text is proposed twice.
     */
    public static List<TextRange> findAll(String text, Collection<String> names) {
        Objects.requireNonNull(text, "text");
        List<TextRange> all = new ArrayList<>();
        for (String name : names) {
            all.addAll(find(text, name));
        }
        all.sort(null);
        List<TextRange> kept = new ArrayList<>();
        for (TextRange range : all) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(range)) {
                kept.add(range);
            }
        }
        return kept;
    }

    static Pattern patternFor(String name) {
        StringBuilder regex = new StringBuilder(NOT_AFTER_WORD);
        int i = 0;
        while (i < name.length()) {
            int c = name.codePointAt(i);
            if (Character.isWhitespace(c)) {
                regex.append("\\s+");
                while (i < name.length() && Character.isWhitespace(name.codePointAt(i))) {
                    i += Character.charCount(name.codePointAt(i));
                }
                continue;
            }
            if (HYPHENS.indexOf(c) >= 0) {
                regex.append('[').append(HYPHENS).append(']');
            } else if (APOSTROPHES.indexOf(c) >= 0) {
                regex.append('[').append(APOSTROPHES).append(']');
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(c))));
            }
            i += Character.charCount(c);
        }
        regex.append(NOT_BEFORE_WORD);
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
