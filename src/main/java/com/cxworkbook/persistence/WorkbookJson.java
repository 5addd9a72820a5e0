package com.cxworkbook.persistence;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows how a workbook looks as JSON. Domain classes stay free of Jackson: their
 * mapping lives in mix-ins here. Output is pretty-printed with a stable key order so two versions of a
 * workbook diff cleanly; unknown fields are captured and written back.
 */
public final class WorkbookJson {

    /** The JSON value of a "not applicable" rating. */
    public static final String NOT_APPLICABLE = "NA";

    private static final ObjectMapper MAPPER = create();

    private WorkbookJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule ratings = new SimpleModule("ratings");
        ratings.addSerializer(Rating.class, new RatingSerializer());
        ratings.addDeserializer(Rating.class, new RatingDeserializer());
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(64)
                                .maxStringLength(1_000_000)
                                .maxNumberLength(20)
                                .build())
                        .build())
                .addModule(new JavaTimeModule())
                .addModule(ratings)
                .addMixIn(Workbook.class, WorkbookMixin.class)
                .addMixIn(Assessment.class, AssessmentMixin.class)
                .addMixIn(GapRow.class, GapRowMixin.class)
                .addMixIn(Participant.class, ParticipantMixin.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1.25 is not a rank and 20261123 is not a date: refuse rather than guess what was meant
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
                // Empty maps and lists are left out (an assessment without notes has no "notes"), but
                // nulls inside unknown fields are written back as they came: they may mean something
                // to the newer app that wrote them.
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
                .build();
    }

    abstract static class ExtraMixin {
        @JsonAnySetter
        private Map<String, Object> extra;

        @JsonAnyGetter
        abstract Map<String, Object> extra();
    }

    @JsonPropertyOrder({"formatVersion", "client", "facilitator", "date", "participants", "assessments"})
    abstract static class WorkbookMixin extends ExtraMixin {
        // embedded frameworks are read and written by WorkbookStore through the framework catalog's rules
        @JsonIgnore
        abstract List<?> getFrameworks();

        @JsonIgnore
        abstract List<?> getUnreadableFrameworks();
    }

    @JsonPropertyOrder({
        "id",
        "frameworkId",
        "frameworkVersion",
        "title",
        "assessedOn",
        "previousRound",
        "closed",
        "targetLevel",
        "ratings",
        "notes",
        "evidence",
        "targets",
        "gapRows",
        "participantRatings",
        "frameworkItems"
    })
    abstract static class AssessmentMixin extends ExtraMixin {
        /** Only rounds write it: files without rounds stay byte for byte as they were. */
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean isClosed();

        @JsonIgnore
        abstract void rate(String itemId, Rating rating);

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<String, String> getFrameworkItems();
    }

    @JsonPropertyOrder({"id", "name", "role", "group"})
    abstract static class ParticipantMixin extends ExtraMixin {
        @JsonIgnore
        abstract String groupOrRole();
    }

    @JsonPropertyOrder({"itemId", "rank", "priority", "effort", "initiative", "actions", "owner", "targetDate", "status"
    })
    abstract static class GapRowMixin extends ExtraMixin {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract int getRank();
    }

    static final class RatingSerializer extends StdSerializer<Rating> {
        RatingSerializer() {
            super(Rating.class);
        }

        @Override
        public void serialize(Rating rating, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (rating.isNotApplicable()) {
                gen.writeString(NOT_APPLICABLE);
            } else {
                gen.writeNumber(rating.value());
            }
        }
    }

    static final class RatingDeserializer extends StdDeserializer<Rating> {
        RatingDeserializer() {
            super(Rating.class);
        }

        @Override
        public Rating deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Rating.of(p.getIntValue());
            }
            if (p.currentToken() == JsonToken.VALUE_STRING
                    && NOT_APPLICABLE.equalsIgnoreCase(p.getText().strip())) {
                return Rating.NOT_APPLICABLE;
            }
            String found = p.currentToken() != null && p.currentToken().isScalarValue()
                    ? p.getText()
                    : p.currentToken() == JsonToken.START_ARRAY ? "a list" : "an object";
            return (Rating) ctxt.handleWeirdStringValue(
                    Rating.class, found, "a rating must be a whole number or \"" + NOT_APPLICABLE + "\"");
        }
    }
}
