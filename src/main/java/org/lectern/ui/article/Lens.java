package org.lectern.ui.article;

import java.util.function.Predicate;
import org.lectern.model.Annotation;

/**
 * What the article shows of the highlights and how: normally every highlight in its tag's colour; in review,
 * only the two analysts being compared, each in a colour of their own.
 */
public record Lens(Predicate<Annotation> shows, java.util.function.Function<Annotation, HighlightSpans.TagClasses> classes) {
    public static final Lens TAGS = new Lens(a -> true, a -> TagStylesheet.classesOf(a.tagId()));

    private static final HighlightSpans.TagClasses FIRST = new HighlightSpans.TagClasses("review-first",
            "review-first-line");
    private static final HighlightSpans.TagClasses SECOND = new HighlightSpans.TagClasses("review-second",
            "review-second-line");

    /**
     * The normal view of a project with colleagues' work in it: every highlight in its tag's colour, the
     * analyst's own filled, each colleague's as a dashed underline, so that whose is whose shows at a glance.
     */
    public static Lens everyone(String me) {
        return new Lens(a -> true, a -> a.stamp().author().equals(me) ? TagStylesheet.classesOf(a.tagId())
                : TagStylesheet.colleagueClassesOf(a.tagId()));
    }

    /** One analyst's layer alone (the analyst's own, or a colleague's), in the tags' colours. */
    public static Lens only(String author) {
        return new Lens(a -> a.stamp().author().equals(author), a -> TagStylesheet.classesOf(a.tagId()));
    }

    /** Two analysts side by side: the first in blue, the second in orange; where both marked, both show. */
    public static Lens comparing(String first, String second) {
        return new Lens(a -> a.stamp().author().equals(first) || a.stamp().author().equals(second),
                a -> a.stamp().author().equals(first) ? FIRST : SECOND);
    }
}
