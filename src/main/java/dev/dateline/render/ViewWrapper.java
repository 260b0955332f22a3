package dev.dateline.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Freemarker's default object wrapper, except that view records are wrapped as {@link
 * RecordModel}s, which read their components without reflection. Strings, the most common
 * values, are wrapped first, as the default wrapper would wrap them. Thread-safe.
 */
final class ViewWrapper extends DefaultObjectWrapper {

  ViewWrapper() {
    super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
  }

  @Override
  public TemplateModel wrap(Object value) throws TemplateModelException {
    if (value instanceof String text) {
      return new SimpleScalar(text);
    }
    if (value instanceof Record) {
      RecordComponents components = RecordComponents.OF.get(value.getClass());
      if (components != null) {
        return new RecordModel(value, components, this);
      }
    }
    return super.wrap(value);
  }
}
