package org.lectern.ui.article;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.lectern.model.Tag;

/**
 * CSS for the project's tags, made when the tags change and added to the scene as a data: URI. Highlights
 * are translucent so that text stays readable in light and dark themes alike.
 */
public final class TagStylesheet {
    static final double BACKGROUND_ALPHA = 0.45;
    /** A colleague's underline: dashes long enough to read as dashes on a short word. */
    static final String DASHES = "4 3";

    /**
     * The class names of each tag, made once: the styles of a long article ask for them once per highlight, and
     * a tag's id turned into a class name each time was most of that work. A project has tens of tags.
     */
    private static final Map<UUID, HighlightSpans.TagClasses> MINE = new ConcurrentHashMap<>();
    private static final Map<UUID, HighlightSpans.TagClasses> COLLEAGUES = new ConcurrentHashMap<>();

    private TagStylesheet() {
    }

    public static HighlightSpans.TagClasses classesOf(UUID tagId) {
        return MINE.computeIfAbsent(tagId, id -> new HighlightSpans.TagClasses("hl-" + key(id), "ul-" + key(id)));
    }

    /** A colleague's highlight in the normal view: no fill, a dashed underline in the tag's colour. */
    public static HighlightSpans.TagClasses colleagueClassesOf(UUID tagId) {
        return COLLEAGUES.computeIfAbsent(tagId, id -> new HighlightSpans.TagClasses("co-" + key(id),
                "cu-" + key(id)));
    }

    private static String key(UUID tagId) {
        return tagId.toString().replace("-", "");
    }

    public static String css(List<Tag> tags) {
        StringBuilder css = new StringBuilder();
        for (Tag tag : tags) {
            HighlightSpans.TagClasses classes = classesOf(tag.id());
            css.append(".text.").append(classes.background()).append(" { -rtfx-background-color: ")
                    .append(rgba(tag.color(), BACKGROUND_ALPHA)).append("; }\n");
            css.append(".text.").append(classes.underline()).append(" { -rtfx-underline-color: ")
                    .append(tag.color()).append("; -rtfx-underline-width: ").append(px(LaneMarks.LINE_WIDTH))
                    .append("; }\n");
            css.append(".lane-mark.").append(classes.underline()).append(" { -fx-stroke: ").append(tag.color())
                    .append("; }\n");
            HighlightSpans.TagClasses colleague = colleagueClassesOf(tag.id());
            css.append(".text.").append(colleague.background()).append(", .text.").append(colleague.underline())
                    .append(" { -rtfx-underline-color: ").append(tag.color()).append("; -rtfx-underline-width: ")
                    .append(px(LaneMarks.LINE_WIDTH)).append("; -rtfx-underline-dash-array: ").append(DASHES)
                    .append("; }\n");
            css.append(".lane-mark.").append(colleague.underline()).append(" { -fx-stroke: ").append(tag.color())
                    .append("; -fx-stroke-dash-array: ").append(DASHES).append("; }\n");
        }
        css.append(laneCss());
        return css.toString();
    }

    /** Moves a RichTextFX underline down into its lane; {@link LaneMarks} draws further lanes at the same heights. */
    static String laneCss() {
        StringBuilder css = new StringBuilder();
        for (int lane = 1; lane < HighlightSpans.LANES; lane++) {
            css.append(".text.").append(HighlightSpans.laneClass(lane)).append(" { -rtfx-underline-offset: ")
                    .append(px(lane * LaneMarks.LANE_STEP)).append("; }\n");
        }
        return css.toString();
    }

    /** "1.5px": one decimal, whatever the locale; not String.format, whose pattern parsing is slow in a cold JVM. */
    static String px(double value) {
        long tenths = Math.round(value * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10 + "px";
    }

    public static String dataUri(List<Tag> tags) {
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css(tags).getBytes(StandardCharsets.UTF_8));
    }

    static String rgba(String hex, double alpha) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return "rgba(" + r + ", " + g + ", " + b + ", " + alpha + ")";
    }
}
