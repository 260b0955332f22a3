package dev.dateline.site;

import dev.dateline.article.Article;
import dev.dateline.article.DateSource;
import dev.dateline.article.Dateline;
import dev.dateline.article.Photo;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Parsed articles (without bodies) kept in a file between benchmark runs. */
final class ArticleFile {

  private ArticleFile() {}

  static void write(Path file, List<Article> articles) throws IOException {
    try (DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(articles.size());
      for (Article a : articles) {
        text(out, a.source());
        text(out, a.slug());
        text(out, a.url());
        text(out, a.section());
        text(out, a.headline());
        text(out, a.standfirst());
        out.writeBoolean(a.photo() != null);
        if (a.photo() != null) {
          text(out, a.photo().caption());
          text(out, a.photo().credit());
          text(out, a.photo().photographer());
          text(out, a.photo().agency());
        }
        out.writeBoolean(a.dateline() != null);
        if (a.dateline() != null) {
          text(out, a.dateline().raw());
          text(out, a.dateline().place());
          date(out, a.dateline().date());
          text(out, a.dateline().agency());
        }
        date(out, a.date());
        text(out, a.dateSource() == null ? null : a.dateSource().name());
        texts(out, a.tags());
        texts(out, a.warnings());
        out.writeBoolean(a.draft());
      }
    }
  }

  static List<Article> read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(Files.newInputStream(file)))) {
      int n = in.readInt();
      List<Article> articles = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String source = text(in);
        String slug = text(in);
        String url = text(in);
        String section = text(in);
        String headline = text(in);
        String standfirst = text(in);
        Photo photo = in.readBoolean() ? new Photo(text(in), text(in), text(in), text(in)) : null;
        Dateline dateline = in.readBoolean()
            ? new Dateline(text(in), text(in), date(in), text(in)) : null;
        LocalDate date = date(in);
        String dateSource = text(in);
        List<String> tags = texts(in);
        List<String> warnings = texts(in);
        articles.add(new Article(source, slug, url, section, headline, standfirst, photo,
            dateline, date, dateSource == null ? null : DateSource.valueOf(dateSource), List.of(),
            tags, warnings, in.readBoolean()));
      }
      return articles;
    }
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String text(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void date(DataOutputStream out, LocalDate d) throws IOException {
    out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
  }

  private static LocalDate date(DataInputStream in) throws IOException {
    long day = in.readLong();
    return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  private static void texts(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      out.writeUTF(s);
    }
  }

  private static List<String> texts(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(in.readUTF());
    }
    return list;
  }
}
