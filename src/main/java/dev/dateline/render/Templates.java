package dev.dateline.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/** The one Freemarker configuration of a run, reading the user's templates folder. */
final class Templates {

  private final Configuration configuration;
  /** Each rendering thread's output buffer, kept from one page to the next. */
  private final ThreadLocal<Utf8Writer> outputs = ThreadLocal.withInitial(Utf8Writer::new);

  Templates(Path folder, Locale locale) throws IOException {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(locale);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setRecognizeStandardFileExtensions(true);
    c.setNumberFormat("computer");
    c.setObjectWrapper(new ViewWrapper());
    // Templates do not change during a run: the cache never looks at their files again.
    c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    this.configuration = c;
  }

  /**
   * Renders {@code name} with {@code model} to UTF-8 bytes; errors name the template, line and
   * column.
   */
  byte[] render(String name, Object model) throws IOException, TemplateException {
    Template template = configuration.getTemplate(name);
    Utf8Writer out = outputs.get();
    out.clear();
    template.process(model, out);
    return out.takeBytes();
  }
}
