package org.lectern.io.qda;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Validates a project.qde against the REFI-QDA schema copied into the test resources, collecting every problem. */
final class SchemaCheck {
    private static final Schema SCHEMA = load();

    private SchemaCheck() {
    }

    /** Every warning and error the validator reports; an empty list means the file is valid. */
    static List<String> problems(byte[] projectQde) throws Exception {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(projectQde)));
        return problems;
    }

    private static Schema load() {
        URL xsd = SchemaCheck.class.getResource("REFI-QDA-Project.xsd");
        if (xsd == null) {
            throw new IllegalStateException("REFI-QDA-Project.xsd is missing from the test resources");
        }
        try {
            return SchemaFactory.newDefaultInstance().newSchema(xsd);
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("The REFI-QDA schema does not load", e);
        }
    }
}
