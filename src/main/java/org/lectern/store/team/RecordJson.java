package org.lectern.store.team;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectRecord;

/**
 * A record as JSON, the body a team server keeps: its fields by name, instants as ISO-8601 text to the
 * nanosecond, enums by constant name, and no nulls (an absent field reads back as null). Reading gives back an
 * equal record.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // A newer Lectern may add fields; this one reads what it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private RecordJson() {
    }

    public static String write(ProjectRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A " + RecordKind.of(record).word() + " could not be written as JSON", e);
        }
    }

    public static ProjectRecord read(String kind, String json) {
        RecordKind recordKind = RecordKind.ofWord(kind);
        if (recordKind.type() == Annotation.class) {
            Optional<Annotation> quick = AnnotationJson.read(json);
            if (quick.isPresent()) {
                return quick.get();
            }
        }
        return readByBinding(recordKind, json);
    }

    /** Any record, bound by reflection: slower, but it reads every shape Jackson accepts and says what is wrong. */
    static ProjectRecord readByBinding(RecordKind recordKind, String json) {
        String kind = recordKind.word();
        try {
            return MAPPER.readValue(json, recordKind.type());
        } catch (JsonProcessingException e) {
            throw new TeamServerException(TeamServerException.Reason.FAILED,
                    "A " + kind + " from the team server could not be read: "
                    + e.getOriginalMessage() + ".", e);
        }
    }

    /** The record a server row holds. */
    public static ProjectRecord read(ServerRecord record) {
        return read(record.kind(), record.bodyJson());
    }

    /**
     * A record as the server keeps it. {@code author} and {@code modified} are the stamp's for a stamped record;
     * a tag has no stamp, so the sender gives them. The document a record belongs to is filled in for documents
     * and annotations.
     */
    public static ServerRecord toServer(ProjectRecord record, String author, Instant modified, boolean adjudicated,
                                        boolean deleted) {
        UUID documentId = record instanceof Annotation annotation ? annotation.documentId()
                : record instanceof Document document ? document.id() : null;
        return new ServerRecord(record.id(), RecordKind.of(record).word(), author, adjudicated, documentId,
                write(record), modified, deleted, 0);
    }
}
