package org.lectern.io;

import java.util.Comparator;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the element of a web page that holds the article, as opposed to the site around it. */
final class HtmlArticle {
    /** Page furniture analysts do not want to annotate; never part of the article text. */
    static final String NOT_ARTICLE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [role=navigation], [hidden]";

    private HtmlArticle() {
    }

    /**
     * The {@code <article>} (the longest, if a page lists several, ignoring those in sidebars and
     * other furniture), else the element marked {@code itemprop=articleBody}, else {@code <main>},
     * else the body.
     */
    static Element root(Document page) {
        Element article = page.select("article").stream()
                .filter(element -> !insideFurniture(element))
                .max(Comparator.comparingInt(element -> element.text().length()))
                .orElse(null);
        if (article != null) {
            return article;
        }
        Element body = page.selectFirst("[itemprop=articleBody]");
        if (body == null) {
            body = page.selectFirst("main");
        }
        return body != null ? body : page.body();
    }

    private static boolean insideFurniture(Element element) {
        return element.parents().stream().anyMatch(parent -> parent.is(NOT_ARTICLE));
    }
}
