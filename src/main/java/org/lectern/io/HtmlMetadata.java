package org.lectern.io;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lectern.model.DocumentMetadata;

/**
 * Reads an article's title, byline, date, source and address from the places news sites put them:
 * Open Graph and article meta tags first, then the visible page.
 */
final class HtmlMetadata {
    private static final Pattern LEADING_BY = Pattern.compile("^(?i)by\\s+");

    private HtmlMetadata() {
    }

    /** og:title, else the first {@code <h1>} of the article, else the page's {@code <title>}; empty if none. */
    static String title(Document page, Element article) {
        return first(
                () -> meta(page, "meta[property=og:title], meta[name=og:title]"),
                () -> text(article.selectFirst("h1")),
                () -> clean(page.title()));
    }

    static DocumentMetadata metadata(Document page, Element article) {
        return new DocumentMetadata(source(page), byline(page), published(page, article), url(page));
    }

    private static String source(Document page) {
        return meta(page, "meta[property=og:site_name], meta[name=og:site_name]");
    }

    /** meta author, else article:author (unless it is only a profile URL), else rel=author links, else .byline. */
    private static String byline(Document page) {
        String byline = first(
                () -> meta(page, "meta[name=author]"),
                () -> Optional.of(meta(page, "meta[property=article:author], meta[name=article:author]"))
                        .filter(author -> !looksLikeUrl(author)).orElse(""),
                () -> joinedTexts(page, "[rel=author]"),
                () -> text(page.selectFirst(".byline")));
        return LEADING_BY.matcher(byline).replaceFirst("");
    }

    private static String published(Document page, Element article) {
        return first(
                () -> meta(page, "meta[property=article:published_time], meta[name=article:published_time]"),
                () -> attribute(article.selectFirst("time[datetime]"), "datetime"),
                () -> attribute(page.selectFirst("time[datetime]"), "datetime"),
                () -> meta(page, "meta[name=date]"));
    }

    private static String url(Document page) {
        return first(
                () -> attribute(page.selectFirst("link[rel=canonical][href]"), "href"),
                () -> meta(page, "meta[property=og:url], meta[name=og:url]"));
    }

    @SafeVarargs
    private static String first(Supplier<String>... candidates) {
        return Stream.of(candidates).map(Supplier::get).filter(value -> !value.isEmpty()).findFirst().orElse("");
    }

    private static String meta(Document page, String selector) {
        return attribute(page.selectFirst(selector), "content");
    }

    private static String attribute(Element element, String name) {
        return element == null ? "" : clean(element.attr(name));
    }

    private static String text(Element element) {
        return element == null ? "" : clean(element.text());
    }

    private static String joinedTexts(Document page, String selector) {
        Set<String> names = new LinkedHashSet<>();
        for (Element element : page.select(selector)) {
            String name = clean(element.text());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }

    private static boolean looksLikeUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("//");
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
