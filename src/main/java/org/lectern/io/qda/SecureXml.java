package org.lectern.io.qda;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A DOM parser for files from elsewhere that refuses DOCTYPE declarations outright and never fetches
 * anything: no external entities, no external DTDs or schemas, no XInclude. A {@code .qdpx} from a colleague
 * or a download is untrusted input, and an XML external entity could otherwise read the analyst's files
 * (XXE) or expand a few bytes into gigabytes ("billion laughs"). REFI-QDA files need no DOCTYPE.
 */
final class SecureXml {
    private SecureXml() {
    }

    static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Belt and braces: should anything still ask for an outside resource, it gets nothing.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External resources are not read: " + systemId);
            });
            // The parser's default handler prints to the console; failures are reported as exceptions instead.
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // A warning leaves the document readable.
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature Lectern relies on", e);
        }
    }
}
