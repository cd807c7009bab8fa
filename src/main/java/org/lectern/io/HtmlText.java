package org.lectern.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an article element: paragraphs, headings, list items and block quotes each
 * become a paragraph, separated by a blank line; {@code <br>} becomes a line break; whitespace
 * inside a paragraph is collapsed as a browser would; {@code <pre>} keeps its lines. Page furniture
 * ({@link HtmlArticle#NOT_ARTICLE}) is left out.
 */
final class HtmlText {
    /** Elements that start a new paragraph; text directly inside a div or section counts too. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "figcaption",
            "caption", "td", "th", "tr", "table", "ul", "ol", "dl", "div", "section", "article", "main",
            "figure", "address", "details", "summary", "hr", "center");
    /** HTML whitespace, plus no-break spaces so that a search for two words finds them. */
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");
    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" *\n *");

    private HtmlText() {
    }

    static String of(Element article) {
        Element copy = article.clone();
        copy.select(HtmlArticle.NOT_ARTICLE).remove();
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, copy);
        collector.endParagraph();
        return String.join("\n\n", collector.paragraphs);
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(preDepth > 0 ? text.getWholeText() : SPACE_RUN.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    endParagraph();
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                endParagraph();
                if (element.normalName().equals("pre")) {
                    preDepth--;
                }
            }
        }

        void endParagraph() {
            String paragraph = preDepth > 0
                    ? current.toString().replaceAll("^\n+|\\s+$", "")
                    : SPACES_AROUND_BREAK.matcher(current.toString().replaceAll(" {2,}", " ")).replaceAll("\n").strip();
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }
    }
}
