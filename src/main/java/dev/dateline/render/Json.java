package dev.dateline.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * The JSON writer of the rendered site (JSON Feed, JSON-LD): one mapper, null fields left out,
 * map keys sorted. Thread-safe.
 */
final class Json {

  private final ObjectWriter compact;
  private final ObjectWriter pretty;

  Json() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .build();
    this.compact = mapper.writer();
    this.pretty = mapper.writerWithDefaultPrettyPrinter();
  }

  String compact(Object value) {
    return write(compact, value);
  }

  String pretty(Object value) {
    return write(pretty, value);
  }

  /**
   * {@code json} made safe to stand inside an HTML {@code <script>} element: "<", ">" and "&"
   * become JSON escapes, so no "</script>" or "<!--" can end or confuse the element, and the JSON
   * means the same.
   */
  static String forScript(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
