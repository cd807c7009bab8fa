package org.lectern.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Stamp;
import org.lectern.text.Passages;

/** How overlapping highlights are drawn: every highlight over a stretch of text has a mark of its own there. */
class HighlightSpansTest {
    private static final String TEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final UUID DOCUMENT = UUID.randomUUID();
    /** Classes of the lines {@code LaneMarks} draws: lane-mark-LANE-UNDERLINECLASS. */
    private static final String MARK_PREFIX = "lane-mark-";
    private final Map<UUID, String> tagNames = new HashMap<>();

    @Test
    void threeOverlappingHighlightsEachHaveAVisibleMarkWhereAllThreeCoverTheText() {
        List<Annotation> highlights = List.of(highlight("claim", 0, 30), highlight("actor", 5, 25),
                highlight("place", 10, 20));
        Map<String, String> marks = marksAt(highlights, 15);
        assertEquals(Set.of("claim", "actor", "place"), marks.keySet(), "marks at 15: " + marks);
        assertEquals("background", marks.get("place"), "the shortest paints the background");
        assertEquals(3, new HashSet<>(marks.values()).size(), "no two share a mark: " + marks);
    }

    @Test
    void fourOverlappingHighlightsEachHaveAVisibleMarkWhereAllFourCoverTheText() {
        List<Annotation> highlights = List.of(highlight("claim", 0, 40), highlight("actor", 5, 35),
                highlight("place", 10, 30), highlight("date", 15, 25));
        Map<String, String> marks = marksAt(highlights, 20);
        assertEquals(Set.of("claim", "actor", "place", "date"), marks.keySet(), "marks at 20: " + marks);
        assertEquals("background", marks.get("date"));
        assertEquals(4, new HashSet<>(marks.values()).size(), "no two share a mark: " + marks);
    }

    @Test
    void fourHighlightsOfTheSameTagOverlappingStayFourMarks() {
        List<Annotation> highlights = List.of(highlight("claim", 0, 40), highlight("claim", 5, 35),
                highlight("claim", 10, 30), highlight("claim", 15, 25));
        List<String> marks = markList(classesAt(build(highlights), 20));
        assertEquals(4, marks.size(), "one background and three lanes: " + marks);
        assertEquals(4, new HashSet<>(marks).size(), marks::toString);
    }

    @Test
    void aHighlightKeepsItsUnderlineLaneAlongItsWholeLength() {
        // "actor" is underlined from 5 to 25; where "place" (inside it) starts and ends, its lane must not change.
        List<Annotation> highlights = List.of(highlight("claim", 0, 30), highlight("actor", 5, 25),
                highlight("place", 10, 20), highlight("date", 12, 14));
        StyleSpans<Collection<String>> spans = build(highlights);
        Set<String> actorMarks = new HashSet<>();
        for (int at = 5; at < 25; at++) {
            String mark = marks(classesAt(spans, at)).get("actor");
            if (!"background".equals(mark)) {
                actorMarks.add(mark);
            }
        }
        assertEquals(1, actorMarks.size(), "actor's underline lanes: " + actorMarks);
    }

    @Test
    void twoOverlappingHighlightsLookAsTheyAlwaysDid() {
        List<Annotation> highlights = List.of(highlight("claim", 0, 30), highlight("actor", 10, 20));
        assertEquals(List.of("hl-actor", "ul-claim"), List.copyOf(classesAt(build(highlights), 15)),
                "a background and an underline in the top lane, drawn by RichTextFX");
        assertEquals(List.of("hl-claim"), List.copyOf(classesAt(build(highlights), 25)));
        assertTrue(classesAt(build(highlights), 35).isEmpty());
    }

    @Test
    void restylingTheGroupOfAnEditGivesTheSameStylesAsTheWholeDocument() {
        List<Annotation> group = List.of(highlight("claim", 20, 40), highlight("actor", 25, 35),
                highlight("place", 28, 45));
        List<Annotation> all = new ArrayList<>(group);
        all.add(0, highlight("date", 2, 8));
        all.add(highlight("event", 50, 55));
        StyleSpans<Collection<String>> whole = build(all);
        StyleSpans<Collection<String>> part = HighlightSpans.build(group, 20, 45, this::classesOf);
        for (int at = 20; at < 45; at++) {
            assertEquals(classesAt(whole, at), classesAt(part, at - 20), "at " + at);
        }
    }

    @Test
    void onOneLongLineThousandsOfAdjacentAndOverlappingHighlightsEachHaveAMarkAlongTheirWholeLength() {
        String line = "abcdefghij".repeat(10_000);
        List<Annotation> highlights = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            // A chain of adjacent highlights, each where the one before ends, and one over every joint.
            highlights.add(highlight(line, "t" + (i % 9), 10 * i, 10 * i + 10));
            highlights.add(highlight(line, "t" + ((i + 4) % 9), 10 * i + 5, 10 * i + 25));
        }
        StyleSpans<Collection<String>> spans = HighlightSpans.build(highlights, 0, line.length(), this::classesOf);
        assertEquals(line.length(), spans.length());
        List<Collection<String>> classesOfChar = new ArrayList<>(line.length());
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                classesOfChar.add(span.getStyle());
            }
        }
        for (Annotation highlight : highlights) {
            String tag = tagNames.get(highlight.tagId());
            for (int at = highlight.passage().start(); at < highlight.passage().end(); at++) {
                Map<String, String> marks = marks(classesOfChar.get(at));
                assertTrue(marks.containsKey(tag), tag + " at " + at + ": " + marks);
            }
        }
        assertTrue(classesOfChar.get(10 * 1_500 + 30).isEmpty(), "after the last highlight the text is plain");
    }

    /** Tag name of each highlight over {@code at} → "background", "lane 0" (RichTextFX's underline) or "lane N". */
    private Map<String, String> marksAt(List<Annotation> highlights, int at) {
        return marks(classesAt(build(highlights), at));
    }

    private static Map<String, String> marks(Collection<String> classes) {
        Map<String, String> marks = new HashMap<>();
        int underlineLane = classes.stream().filter(c -> c.startsWith("lane-") && !c.startsWith(MARK_PREFIX))
                .mapToInt(c -> Integer.parseInt(c.substring("lane-".length()))).findFirst().orElse(0);
        int underlines = 0;
        for (String c : classes) {
            if (c.startsWith("hl-")) {
                marks.put(c.substring(3), "background");
            } else if (c.startsWith("ul-")) {
                underlines++;
                marks.put(c.substring(3), "lane " + underlineLane);
            } else if (c.startsWith(MARK_PREFIX)) {
                String rest = c.substring(MARK_PREFIX.length());
                int dash = rest.indexOf('-');
                marks.put(rest.substring(dash + 1 + "ul-".length()), "lane " + rest.substring(0, dash));
            }
        }
        assertTrue(underlines <= 1, "a run of text shows one RichTextFX underline, not " + classes);
        return marks;
    }

    private static List<String> markList(Collection<String> classes) {
        List<String> marks = new ArrayList<>();
        for (String c : classes) {
            if (c.startsWith("hl-")) {
                marks.add("background");
            } else if (c.startsWith("ul-")) {
                marks.add("lane " + classes.stream().filter(l -> l.matches("lane-\\d+")).findFirst().orElse("lane-0"));
            } else if (c.startsWith(MARK_PREFIX)) {
                marks.add("lane lane-" + c.substring(MARK_PREFIX.length()).split("-")[0]);
            }
        }
        return marks;
    }

    private StyleSpans<Collection<String>> build(List<Annotation> highlights) {
        return HighlightSpans.build(highlights, 0, TEXT.length(), this::classesOf);
    }

    private HighlightSpans.TagClasses classesOf(Annotation annotation) {
        String name = tagNames.get(annotation.tagId());
        return new HighlightSpans.TagClasses("hl-" + name, "ul-" + name);
    }

    private static Collection<String> classesAt(StyleSpans<Collection<String>> spans, int at) {
        int position = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (at < position + span.getLength()) {
                return span.getStyle();
            }
            position += span.getLength();
        }
        throw new AssertionError(at + " is past the spans");
    }

    private Annotation highlight(String tag, int start, int end) {
        return highlight(TEXT, tag, start, end);
    }

    private Annotation highlight(String text, String tag, int start, int end) {
        UUID tagId = tagNames.entrySet().stream().filter(e -> e.getValue().equals(tag)).map(Map.Entry::getKey)
                .findFirst().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    tagNames.put(id, tag);
                    return id;
                });
        return new Annotation(UUID.randomUUID(), DOCUMENT, Passages.of(text, start, end), tagId, "", Stamp.now("Ana"));
    }
}
