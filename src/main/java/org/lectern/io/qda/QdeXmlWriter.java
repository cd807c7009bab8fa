package org.lectern.io.qda;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin StAX writer for {@code project.qde}: every element in the REFI-QDA namespace, attribute values and
 * text cleaned of what XML cannot hold, and element-only content indented so the file can be read by eye.
 * Text-only elements ({@code Description}, {@code PlainTextContent}) are never indented inside.
 */
final class QdeXmlWriter implements AutoCloseable {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private final XMLStreamWriter xml;
    private int depth;
    private boolean openHasChildren;

    QdeXmlWriter(OutputStream out) throws XMLStreamException {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(NAMESPACE);
    }

    /** Opens the root element, declaring the namespace on it. */
    QdeXmlWriter root(String name) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(NAMESPACE, name);
        xml.writeDefaultNamespace(NAMESPACE);
        depth = 1;
        openHasChildren = false;
        return this;
    }

    QdeXmlWriter open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(NAMESPACE, name);
        depth++;
        openHasChildren = false;
        return this;
    }

    QdeXmlWriter empty(String name) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(NAMESPACE, name);
        openHasChildren = true;
        return this;
    }

    /** An attribute of the element just opened; a null value writes nothing. */
    QdeXmlWriter attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, XmlChars.clean(value));
        }
        return this;
    }

    /** An element holding only text; an empty or null text writes nothing, as every such element is optional. */
    QdeXmlWriter textElement(String name, String text) throws XMLStreamException {
        if (text == null || text.isEmpty()) {
            return this;
        }
        indent();
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
        openHasChildren = true;
        return this;
    }

    QdeXmlWriter close(String ignoredNameForReadability) throws XMLStreamException {
        depth--;
        if (openHasChildren) {
            newLine(depth);
        }
        xml.writeEndElement();
        openHasChildren = true;
        return this;
    }

    private void indent() throws XMLStreamException {
        newLine(depth);
        openHasChildren = true;
    }

    private void newLine(int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }

    /** Ends the document and flushes; the underlying stream stays open (it is a zip entry). */
    @Override
    public void close() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
