package org.lectern.io.w3c;

/** The terms of the W3C Web Annotation Vocabulary that Lectern writes and reads. */
final class Vocabulary {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    static final String ANNOTATION = "Annotation";
    static final String ANNOTATION_COLLECTION = "AnnotationCollection";
    static final String ANNOTATION_PAGE = "AnnotationPage";
    static final String TEXTUAL_BODY = "TextualBody";
    static final String TEXT_QUOTE_SELECTOR = "TextQuoteSelector";
    static final String TEXT_POSITION_SELECTOR = "TextPositionSelector";
    static final String PERSON = "Person";

    static final String TAGGING = "tagging";
    static final String COMMENTING = "commenting";
    /** Also read as a note: a description of the target is what Lectern calls a note. */
    static final String DESCRIBING = "describing";

    static final String PLAIN_TEXT = "text/plain";
    static final String UUID_URN_PREFIX = "urn:uuid:";

    private Vocabulary() {
    }
}
