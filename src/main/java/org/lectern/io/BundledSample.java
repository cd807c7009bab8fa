package org.lectern.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.lectern.model.DocumentMetadata;

/**
 * The sample article and the default tag set that ship inside Lectern. They live in the top-level
 * {@code resources/} folder of the source tree and on the classpath under {@code /org/lectern/bundled/}.
 * A missing or unreadable resource means a broken build and is reported with an unchecked exception.
 */
public final class BundledSample {
    /** Where the bundled files are on the classpath. */
    public static final String ROOT = "/org/lectern/bundled/";
    static final String ARTICLE = ROOT + "sample-article.txt";
    static final String METADATA = ROOT + "sample-article.properties";
    static final String TAGS = ROOT + "default-tags.json";

    private BundledSample() {
    }

    /** The sample article's text, with {@code \n} line endings and no byte-order mark. */
    public static String articleText() {
        try (InputStream in = open(ARTICLE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw unreadable(ARTICLE, e);
        }
    }

    /** Source, byline, published date and URL of the sample article (the URL is empty). */
    public static DocumentMetadata articleMetadata() {
        Properties p = metadataProperties();
        return new DocumentMetadata(
                p.getProperty("source"), p.getProperty("byline"), p.getProperty("published"), p.getProperty("url"));
    }

    /**
     * The sample article's title: the {@code title} property, or else the first line of the text
     * after the "SAMPLE" label.
     */
    public static String articleTitle() {
        String title = metadataProperties().getProperty("title", "").strip();
        if (!title.isEmpty()) {
            return title;
        }
        return articleText().lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("SAMPLE"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The bundled sample article has no title: " + ARTICLE));
    }

    /** The nine default tags, in key order as written in {@code default-tags.json}. */
    public static List<DefaultTag> defaultTags() {
        try (InputStream in = open(TAGS)) {
            List<DefaultTag> tags = new ObjectMapper().readValue(in, new TypeReference<List<DefaultTag>>() { });
            if (tags == null || tags.contains(null)) {
                throw new IllegalStateException("The bundled default tag set is malformed: " + TAGS);
            }
            return List.copyOf(tags);
        } catch (IOException e) {
            throw unreadable(TAGS, e);
        }
    }

    private static Properties metadataProperties() {
        try (InputStream in = open(METADATA); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            return p;
        } catch (IOException e) {
            throw unreadable(METADATA, e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = BundledSample.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Lectern is built without its bundled resource " + path
                    + " (it comes from the top-level resources/ folder); the build is broken");
        }
        return in;
    }

    private static UncheckedIOException unreadable(String path, IOException e) {
        return new UncheckedIOException("Cannot read the bundled resource " + path, e);
    }
}
