package dev.dateline.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;

/**
 * A view record as templates see it: {@code x.name} reads component {@code name} directly and
 * wraps its value as Freemarker's default wrapper would. Everything else a template can do with
 * the record (call a method, list its keys, print it, {@code ?api}) is answered by the model
 * Freemarker's bean wrapper gives the record, made only when first needed, so a template sees
 * exactly what it saw before.
 */
final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
    TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel,
    TemplateModelWithAPISupport {

  private final Object record;
  private final RecordComponents components;
  private final ObjectWrapper wrapper;
  private final BeansWrapper beans;
  private GenericObjectModel generic;

  RecordModel(Object record, RecordComponents components, BeansWrapper wrapper) {
    this.record = record;
    this.components = components;
    this.wrapper = wrapper;
    this.beans = wrapper;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    int index = components.indexOf(key);
    return index < 0 ? generic().get(key) : wrapper.wrap(components.read(record, index));
  }

  @Override
  public TemplateModel getBeforeMethodCall(String key)
      throws TemplateModelException, ShouldNotBeGetAsMethodException {
    return generic().getBeforeMethodCall(key);
  }

  @Override
  public boolean isEmpty() {
    return generic().isEmpty();
  }

  @Override
  public int size() {
    return generic().size();
  }

  @Override
  public TemplateCollectionModel keys() {
    return generic().keys();
  }

  @Override
  public TemplateCollectionModel values() throws TemplateModelException {
    return generic().values();
  }

  @Override
  public String getAsString() {
    return generic().getAsString();
  }

  @Override
  public Object getAdaptedObject(Class<?> hint) {
    return record;
  }

  @Override
  public Object getWrappedObject() {
    return record;
  }

  @Override
  public TemplateModel getAPI() throws TemplateModelException {
    return generic().getAPI();
  }

  private GenericObjectModel generic() {
    if (generic == null) {
      generic = new GenericObjectModel(record, beans);
    }
    return generic;
  }
}
