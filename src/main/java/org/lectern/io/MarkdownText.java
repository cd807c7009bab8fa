package org.lectern.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Markdown into the plain text an analyst reads and annotates: every word stays, the markup
 * goes. Heading hashes, emphasis markers, link syntax (the link text stays), images (dropped
 * whole), block quote markers, reference definitions, horizontal rules and YAML front matter are
 * removed; fenced code is kept as it is, without its fence lines. This is deliberately a small
 * line-by-line converter, not a full CommonMark parser: emphasis is only recognised within one
 * line, and HTML or entities inside Markdown are left as written.
 */
final class MarkdownText {
    /** The result: the first level-one heading (empty if none) and the plain text. */
    record Result(String title, String text) {
    }

    /** An opening fence: backticks (its info string may hold no backtick) or tildes. */
    private static final Pattern OPENING_FENCE = Pattern.compile("^ {0,3}(?:(`{3,})[^`]*|(~{3,}).*)$");
    private static final Pattern CLOSING_FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*$");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))??(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$");
    private static final Pattern TABLE_DIVIDER = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?\\s*$");
    private static final Pattern BLOCK_QUOTE = Pattern.compile("^ {0,3}(?:>[ \\t]?)+");
    private static final Pattern STAR_OR_PLUS_BULLET = Pattern.compile("^(\\s*)[*+]([ \\t]+)");

    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern INLINE_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern REFERENCE_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\[[^\\]]*\\]");
    private static final Pattern INLINE_LINK = Pattern.compile(
            "\\[([^\\]]*)\\]\\(\\s*<?[^()\\s>]*(?:\\([^()\\s]*\\)[^()\\s>]*)*>?(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";
    private static final Pattern STRONG_STARS = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern STRONG_UNDERSCORES =
            Pattern.compile(NOT_WORD_BEFORE + "__(?=\\S)(.+?)(?<=\\S)__" + NOT_WORD_AFTER);
    private static final Pattern STRIKETHROUGH = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*");
    private static final Pattern EMPHASIS_UNDERSCORE =
            Pattern.compile(NOT_WORD_BEFORE + "_(?=[^\\s_])(.+?)(?<=[^\\s_])_" + NOT_WORD_AFTER);
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("^title:\\s*([\"']?)(.*?)\\1\\s*$");
    private static final Pattern MARKUP_CHARS = Pattern.compile("[`\\\\<\\[*_~]");
    /** Stands in for text that must come through untouched (escapes, code, URLs) while markup is removed. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");

    private MarkdownText() {
    }

    /** {@code markdown} should already be normalised (lines end in {@code \n}). */
    static Result convert(String markdown) {
        List<String> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        int frontMatterEnd = frontMatterEnd(lines);
        String frontMatterTitle = frontMatterTitle(lines, frontMatterEnd);
        String title = "";
        String openFence = null;
        for (String line : Arrays.asList(lines).subList(frontMatterEnd, lines.length)) {
            if (openFence != null) {
                Matcher closing = CLOSING_FENCE.matcher(line);
                if (closing.matches() && closes(closing.group(1), openFence)) {
                    openFence = null;
                    out.add("");
                } else {
                    out.add(line);
                }
                continue;
            }
            Matcher opening = OPENING_FENCE.matcher(line);
            if (opening.matches()) {
                openFence = opening.group(1) != null ? opening.group(1) : opening.group(2);
                out.add("");
                continue;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.matches()) {
                String text = inline(heading.group(2) == null ? "" : heading.group(2));
                if (title.isEmpty() && heading.group(1).length() == 1) {
                    title = text.strip();
                }
                out.add(text);
                continue;
            }
            boolean afterText = !out.isEmpty() && !out.get(out.size() - 1).isBlank();
            Matcher underline = SETEXT_UNDERLINE.matcher(line);
            if (underline.matches() && afterText) {
                if (title.isEmpty() && underline.group(1).startsWith("=")) {
                    title = out.get(out.size() - 1).strip();
                }
                continue;
            }
            if (TABLE_DIVIDER.matcher(line).matches()) {
                continue;
            }
            if (THEMATIC_BREAK.matcher(line).matches() || REFERENCE_DEFINITION.matcher(line).matches()) {
                out.add("");
                continue;
            }
            String body = BLOCK_QUOTE.matcher(line).replaceFirst("");
            body = STAR_OR_PLUS_BULLET.matcher(body).replaceFirst("$1-$2");
            out.add(inline(body));
        }
        String text = String.join("\n", out).replaceAll("\n[ \\t]*(?:\n[ \\t]*){2,}", "\n\n");
        return new Result(title.isEmpty() ? frontMatterTitle : title, text);
    }

    /**
     * Notes from static site generators and note-taking apps often start with YAML front matter
     * between {@code ---} lines: settings, not words of the article. Returns the index of the first
     * line after it, 0 if there is none.
     */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length < 2 || !lines[0].equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---") || lines[i].equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The {@code title:} of the front matter, without quotes; empty if none. */
    private static String frontMatterTitle(String[] lines, int frontMatterEnd) {
        for (int i = 1; i < frontMatterEnd - 1; i++) {
            Matcher title = FRONT_MATTER_TITLE.matcher(lines[i]);
            if (title.matches()) {
                return title.group(2).strip();
            }
        }
        return "";
    }

    private static boolean closes(String marker, String openFence) {
        return marker.charAt(0) == openFence.charAt(0) && marker.length() >= openFence.length();
    }

    /** Removes inline markup from one line of text. Regexes only run where their marker occurs: big files stay fast. */
    static String inline(String line) {
        if (!MARKUP_CHARS.matcher(line).find()) {
            return line;
        }
        List<String> kept = new ArrayList<>();
        // Code first: backslashes inside code are code, not escapes.
        String s = line.indexOf('`') >= 0 ? protect(CODE_SPAN, line, kept, m -> trimOneSpace(m.group(2))) : line;
        if (s.indexOf('\\') >= 0) {
            s = protect(ESCAPE, s, kept, m -> m.group(1));
        }
        if (s.indexOf('<') >= 0) {
            s = protect(AUTOLINK, s, kept, m -> m.group(1));
        }
        if (s.indexOf('[') >= 0) {
            s = INLINE_IMAGE.matcher(s).replaceAll("");
            s = REFERENCE_IMAGE.matcher(s).replaceAll("");
            s = INLINE_LINK.matcher(s).replaceAll("$1");
            s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0) {
            s = STRONG_STARS.matcher(s).replaceAll("$1");
            s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('_') >= 0) {
            s = STRONG_UNDERSCORES.matcher(s).replaceAll("$1");
            s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('~') >= 0) {
            s = STRIKETHROUGH.matcher(s).replaceAll("$1");
        }
        return restore(s, kept);
    }

    private interface Keep {
        String text(Matcher match);
    }

    private static String protect(Pattern pattern, String s, List<String> kept, Keep keep) {
        Matcher matcher = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            kept.add(keep.text(matcher));
            matcher.appendReplacement(out, "\uE000" + (kept.size() - 1) + "\uE001");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String restore(String s, List<String> kept) {
        if (kept.isEmpty()) {
            return s;
        }
        return PLACEHOLDER.matcher(s).replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(index < kept.size() ? kept.get(index) : m.group());
        });
    }

    private static String trimOneSpace(String code) {
        boolean padded = code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank();
        return padded ? code.substring(1, code.length() - 1) : code;
    }
}
