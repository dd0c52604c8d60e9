package org.newsroom.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body the API takes, which is always one JSON object. Jersey's own reader
 * lets an array, a bare string or JSON nested past the parser's limit through as a server error; here
 * each is the client's mistake, answered 400 with a message, before any resource method runs.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] bytes = entity.readAllBytes();
        if (bytes.length == 0) {
            return null;  // no body: each resource says what it needs (JsonInput.object)
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (JsonParsingException unreadable) {
            throw refused("The body is not valid JSON" + (unreadable.getLocation() == null ? "."
                    : " (line " + unreadable.getLocation().getLineNumber() + ", column "
                    + unreadable.getLocation().getColumnNumber() + ")."));
        } catch (RuntimeException | StackOverflowError tooDeep) {
            // Parsson stops at 1,000 levels of nesting with a plain RuntimeException.
            throw refused("The body is not valid JSON, or is nested more than 1,000 levels deep.");
        }
        if (!(value instanceof JsonObject object)) {
            throw refused("The body must be one JSON object, e.g. {\"title\": \"…\"}, not " + value.getValueType()
                    .name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return object;
    }

    private static BadRequestException refused(String message) {
        Response answer = JsonResponses.error(Response.Status.BAD_REQUEST, null, message);
        return new BadRequestException(message, answer);
    }
}
