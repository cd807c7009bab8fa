package org.lectern.io.w3c;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lectern.io.exchange.ExchangeFormatException;

/**
 * Finds the annotations in a file of any of the shapes the model allows: one Annotation, an array of them, an
 * AnnotationPage, or an AnnotationCollection with its pages inline.
 *
 * <p>The file is streamed: the collection and its pages are walked token by token, and only one annotation at a
 * time is held as a JSON tree, read out and dropped. A tree of the whole file would take many times its size in
 * memory, which for a file near the size limit is more than a desktop can spare.
 */
final class AnnotationFile {
    private final String fileName;
    private final AnnotationParser annotations = new AnnotationParser();
    private final List<IncomingAnnotation> read = new ArrayList<>();
    private final List<MalformedAnnotation> malformed = new ArrayList<>();
    /** Annotations met so far, read or not: the number by which the next one is named. */
    private int seen;
    private JsonParser json;
    private ObjectMapper trees;

    private AnnotationFile(String fileName) {
        this.fileName = fileName;
    }

    /**
     * What a file holds: its annotations in file order, and those that say something impossible, each with its
     * reason (one bad annotation among many does not keep the others out).
     */
    record Contents(List<IncomingAnnotation> annotations, List<String> malformed) {
    }

    /**
     * Every annotation in the file that can be read, and why the others cannot. A file that is not JSON or not
     * annotations, or whose annotations all say something impossible, is refused as a whole.
     */
    static Contents read(Path file) throws ExchangeFormatException {
        AnnotationFile reading = new AnnotationFile(JsonFile.nameOf(file));
        JsonFile.read(file, reading::readAll);
        if (reading.read.isEmpty() && !reading.malformed.isEmpty()) {
            MalformedAnnotation first = reading.malformed.get(0);
            int count = reading.malformed.size();
            throw new ExchangeFormatException(reading.fileName + " is not a W3C annotation file Lectern can read:"
                    + " annotation " + first.number() + " " + first.what()
                    + (count > 1 ? ", and none of its " + count + " annotations can be read" : "") + ".");
        }
        return new Contents(reading.read, reading.malformed.stream().map(MalformedAnnotation::reason).toList());
    }

    private List<IncomingAnnotation> readAll(JsonParser parser, ObjectMapper treeReader)
            throws IOException, ExchangeFormatException {
        json = parser;
        trees = treeReader;
        JsonToken first = json.nextToken();
        if (first == null) {
            throw new ExchangeFormatException(fileName + " is empty, so it holds no annotations to import.");
        }
        if (first == JsonToken.START_ARRAY) {
            readAnnotationArray();
        } else if (first == JsonToken.START_OBJECT) {
            readTopObject();
        } else {
            throw notAnnotations();
        }
        if (json.nextToken() != null) {
            throw new ExchangeFormatException(fileName + " is not valid JSON: more follows the end of its data (at"
                    + " line " + json.currentLocation().getLineNr() + ").");
        }
        return read;
    }

    /**
     * The file's one object: a collection or page, whose items are read as they stream past, or else an
     * annotation (or a JSON-LD {@code @graph} of them), known only once all its fields are in.
     */
    private void readTopObject() throws IOException, ExchangeFormatException {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        boolean streamedItems = false;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (name.equals("first") && value == JsonToken.START_OBJECT) {
                readPage();
                streamedItems = true;
            } else if (name.equals("items")) {
                readItems(value);
                streamedItems = true;
            } else {
                fields.set(name, trees.readTree(json));
            }
        }
        Set<String> types = JsonLd.typesOf(fields);
        if (types.contains(Vocabulary.ANNOTATION_COLLECTION) || types.contains(Vocabulary.ANNOTATION_PAGE)
                || streamedItems) {
            refuseRemotePage(fields.path("first"));
            refuseRemotePage(fields.path("next"));
        } else if (types.contains(Vocabulary.ANNOTATION) || fields.has("target")) {
            add(fields);
        } else if (fields.path("@graph").isArray()) {
            for (JsonNode item : fields.get("@graph")) {
                add(item);
            }
        } else {
            throw notAnnotations();
        }
    }

    /** An AnnotationPage, its items streamed, followed by the page it links to as {@code next} if inline. */
    private void readPage() throws IOException, ExchangeFormatException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (name.equals("items")) {
                readItems(value);
            } else if (name.equals("next") && value == JsonToken.START_OBJECT) {
                readPage();
            } else if (name.equals("next") && value == JsonToken.VALUE_STRING) {
                refuseRemotePage(trees.readTree(json));
            } else {
                json.skipChildren();
            }
        }
    }

    private void readItems(JsonToken value) throws IOException, ExchangeFormatException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            throw new ExchangeFormatException(fileName + " is not a W3C annotation file Lectern can read: the items"
                    + " of an AnnotationPage must be a list of annotations.");
        }
        readAnnotationArray();
    }

    /** The annotations of an array whose start has just been read, one tree at a time. */
    private void readAnnotationArray() throws IOException, ExchangeFormatException {
        while (json.nextToken() != JsonToken.END_ARRAY) {
            add(trees.readTree(json));
        }
    }

    private void add(JsonNode annotation) {
        try {
            read.add(annotations.annotation(annotation, ++seen));
        } catch (MalformedAnnotation e) {
            malformed.add(e);
        }
    }

    private void refuseRemotePage(JsonNode page) throws ExchangeFormatException {
        if (page.isTextual()) {
            throw new ExchangeFormatException(fileName + " lists its annotations on pages elsewhere ("
                    + page.asText() + ") instead of including them, so Lectern cannot import it.");
        }
    }

    private ExchangeFormatException notAnnotations() {
        return new ExchangeFormatException(fileName + " is JSON but not W3C Web Annotation: it should hold an"
                + " Annotation, a list of them, an AnnotationPage or an AnnotationCollection.");
    }
}
