package dev.dateline.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dateline.article.Article;
import dev.dateline.article.Dateline;
import dev.dateline.article.Photo;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The article record as JSON, in the exact shape of {@code shared/spec/article-record.md}: one
 * line per record for {@code dateline parse}, and the same shape for the JSON exports.
 */
public final class RecordJson {

  @JsonPropertyOrder({"source", "slug", "url", "section", "headline", "standfirst", "photo",
      "dateline", "date", "dateSource", "body", "tags", "warnings"})
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ArticleView(String source, String slug, String url, String section, String headline,
      String standfirst, Photo photo, DatelineView dateline, String date, String dateSource,
      List<String> body, List<String> tags, List<String> warnings) {

    static ArticleView of(Article a) {
      return new ArticleView(a.source(), a.slug(), a.url(), a.section(), a.headline(),
          a.standfirst(), a.photo(), DatelineView.of(a.dateline()),
          a.date() == null ? null : a.date().toString(),
          a.dateSource() == null ? null : a.dateSource().label(), a.body(), a.tags(),
          a.warnings());
    }
  }

  @JsonPropertyOrder({"raw", "place", "date", "agency"})
  record DatelineView(String raw, String place, String date, String agency) {
    static DatelineView of(Dateline d) {
      return d == null ? null
          : new DatelineView(d.raw(), d.place(), d.date() == null ? null : d.date().toString(),
              d.agency());
    }
  }

  @JsonPropertyOrder({"source", "error"})
  record ErrorView(String source, String error) {}

  private final ObjectMapper mapper = JsonMapper.builder()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();
  private final ObjectWriter line = mapper.writer();
  private final ObjectWriter pretty = mapper.writerWithDefaultPrettyPrinter();

  /** One record as a single JSON line (no trailing newline). */
  public String line(Article article) {
    return write(line, ArticleView.of(article));
  }

  /** One record, indented: the form of the expected-record files beside test samples. */
  public String pretty(Article article) {
    return write(pretty, ArticleView.of(article));
  }

  /** The line printed for a file that could not be parsed at all. */
  public String errorLine(String source, String error) {
    return write(line, new ErrorView(source, error));
  }

  /** The mapper, for readers of these records (tests compare parsed JSON trees). */
  public ObjectMapper mapper() {
    return mapper;
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
