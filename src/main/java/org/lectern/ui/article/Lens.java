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

    /** Two analysts side by side: the first in blue, the second in orange; where both marked, both show. */
    public static Lens comparing(String first, String second) {
        return new Lens(a -> a.stamp().author().equals(first) || a.stamp().author().equals(second),
                a -> a.stamp().author().equals(first) ? FIRST : SECOND);
    }
}
