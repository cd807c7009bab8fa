package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.io.w3c.Projects.ANALYST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.text.Passages;

/**
 * Ten thousand annotations of a 1 MB article with emoji: the import must complete (how fast is for the benchmark
 * to say, not for a test that would fail on a slow machine).
 */
class LargeW3cImportTest {
    private static final int ANNOTATIONS = 10_000;
    private static final int TEXT_CHARS = 1_000_000;

    @TempDir
    Path folder;

    @Test
    void tenThousandAnnotationsOfAOneMegabyteArticleRoundTrip() throws Exception {
        Document article = article();
        ProjectSnapshot source = annotated(article);
        Path file = folder.resolve("large.jsonld");
        new W3cExport().export(source, ExportScope.EVERYTHING, file, Progress.NONE);

        ExchangeImport result = new W3cImport().read(file, Projects.withDocuments(article), ANALYST);

        assertEquals(List.of(), result.unplaced());
        assertEquals(ANNOTATIONS, annotationsIn(result));
    }

    @Test
    void tenThousandQuoteOnlyAnnotationsFromAnotherToolAreAllPlaced() throws Exception {
        Document article = article();
        Path exported = folder.resolve("large.jsonld");
        new W3cExport().export(annotated(article), ExportScope.EVERYTHING, exported, Progress.NONE);
        ObjectMapper json = new ObjectMapper();
        JsonNode collection = json.readTree(exported.toFile());
        for (JsonNode item : collection.at("/first/items")) {
            ObjectNode target = (ObjectNode) item.get("target");
            target.put("source", "https://another.example/copy");
            target.set("selector", item.at("/target/selector/0"));
        }
        Path file = folder.resolve("quotes-only.jsonld");
        json.writeValue(file.toFile(), collection);

        ExchangeImport result = new W3cImport().read(file, Projects.withDocuments(article), ANALYST);

        assertEquals(List.of(), result.unplaced());
        assertEquals(ANNOTATIONS, annotationsIn(result));
    }

    /** Varied English-like text with emoji and astral letters sprinkled through it, normalised. */
    static Document article() {
        Random random = new Random(42);
        String[] words = {"the", "port", "minister", "said", "convoy", "border", "officials", "confirmed", "denied",
                "troops", "🚢", "𝔸", "🇪🇸", "report", "satellite", "images", "👩‍🔬", "on", "Friday", "closed"};
        StringBuilder text = new StringBuilder(TEXT_CHARS + 100);
        int sentence = 0;
        while (text.length() < TEXT_CHARS) {
            text.append(words[random.nextInt(words.length)]);
            if (++sentence % 15 == 0) {
                text.append(random.nextInt(10) == 0 ? ".\n\n" : ". ");
            } else {
                text.append(' ');
            }
        }
        text.append("end.");
        return Projects.document("Long report", "https://news.example/long", text.toString());
    }

    static ProjectSnapshot annotated(Document article) {
        Random random = new Random(7);
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tags.add(Projects.tag("Tag " + i));
        }
        String text = article.text();
        List<Annotation> annotations = new ArrayList<>(ANNOTATIONS);
        for (int i = 0; i < ANNOTATIONS; i++) {
            int start = random.nextInt(text.length() - 200);
            int end = start + 5 + random.nextInt(120);
            if (Character.isLowSurrogate(text.charAt(start))) {
                start--;
            }
            if (Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            annotations.add(new Annotation(UUID.randomUUID(), article.id(), Passages.of(text, start, end),
                    tags.get(i % tags.size()).id(), i % 3 == 0 ? "Note " + i : "",
                    new Stamp(i % 2 == 0 ? ANALYST : "Grace Hopper", Projects.CREATED, Projects.MODIFIED)));
        }
        return Projects.project(List.of(article), tags, annotations);
    }

    private static long annotationsIn(ExchangeImport result) {
        return result.changes().stream().filter(c -> c.after() instanceof Annotation).count();
    }
}
