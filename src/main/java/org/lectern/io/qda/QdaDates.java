package org.lectern.io.qda;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Writes and reads the {@code xsd:dateTime} values of a REFI-QDA project.
 *
 * <p>Lectern writes UTC with exactly three fractional digits ({@code 2024-05-01T09:30:00.123Z}). The schema
 * would allow nanoseconds, but QDA programs built on .NET read at most seven digits and some read none
 * beyond milliseconds, so milliseconds are what survives an exchange: a round trip keeps creation and
 * modification instants to the millisecond. Reading accepts any lexical {@code xsd:dateTime}; one without a
 * time zone is taken as UTC.
 */
final class QdaDates {
    private static final DateTimeFormatter WRITTEN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DatatypeFactory DATATYPES = datatypeFactory();

    private QdaDates() {
    }

    static String format(Instant instant) {
        return WRITTEN.format(instant);
    }

    /** The instant as the exchange keeps it: truncated to milliseconds. */
    static Instant kept(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The instant an {@code xsd:dateTime} names; empty if the value is missing or not a date-time. */
    static Optional<Instant> parse(String lexical) {
        if (lexical == null || lexical.isBlank()) {
            return Optional.empty();
        }
        try {
            XMLGregorianCalendar calendar = DATATYPES.newXMLGregorianCalendar(lexical.strip());
            if (calendar.getXMLSchemaType() != DatatypeConstants.DATETIME) {
                return Optional.empty();
            }
            if (calendar.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
                calendar.setTimezone(0);
            }
            return Optional.of(calendar.toGregorianCalendar().toInstant().plusNanos(subMillisNanos(calendar)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Not a date-time, or one with fields missing: the caller falls back to another instant.
            return Optional.empty();
        }
    }

    /** A GregorianCalendar keeps milliseconds only; the rest of the fraction is added back from the text. */
    private static long subMillisNanos(XMLGregorianCalendar calendar) {
        if (calendar.getFractionalSecond() == null) {
            return 0;
        }
        long nanos = calendar.getFractionalSecond().movePointRight(9).longValue();
        return nanos % 1_000_000;
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newDefaultInstance();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The JDK's XML datatype factory is missing", e);
        }
    }
}
