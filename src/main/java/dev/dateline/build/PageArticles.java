package dev.dateline.build;

import dev.dateline.article.Article;
import dev.dateline.site.PageContent;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The articles a page's model holds, wherever they are: an article page's article, a feed's
 * entries, any page kind added later. The site model holds articles without their bodies; this
 * finds them, for the page's digest, and puts the whole articles in, for rendering; content that
 * does not show bodies ({@link PageContent#showsBodies()}) is left as it is. It follows
 * record components and lists; parts whose declared types cannot hold an article (a teaser, a
 * link, a string) are never visited.
 */
final class PageArticles {

  /** A record class's components, which of them may hold articles, and its constructor. */
  private record Shape(RecordComponent[] components, boolean[] mayHold,
      Constructor<?> constructor) {}

  private final ClassValue<Boolean> mayHoldArticles = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return mayHold(type, new ArrayList<>());
    }
  };

  private final ClassValue<Shape> shapes = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      boolean[] holds = new boolean[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        holds[i] = mayHold(components[i].getGenericType(), new ArrayList<>());
      }
      try {
        return new Shape(components, holds, type.getDeclaredConstructor(types));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
      }
    }
  };

  /** Calls {@code action} with every article in {@code value}, in the order of the model. */
  void forEach(Object value, Consumer<Article> action) {
    replace(value, article -> {
      action.accept(article);
      return article;
    });
  }

  /**
   * {@code value} with every article in it replaced by {@code replacement}'s version of it;
   * {@code value} itself when nothing was replaced.
   */
  @SuppressWarnings("unchecked")
  <T> T replace(T value, UnaryOperator<Article> replacement) {
    if (value instanceof PageContent content && !content.showsBodies()) {
      return value;
    } else if (value instanceof Article article) {
      return (T) replacement.apply(article);
    } else if (value instanceof List<?> list) {
      List<Object> copy = null;
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        Object replaced = item == null || !mayHoldArticles.get(item.getClass()) ? item
            : replace(item, replacement);
        if (replaced != item && copy == null) {
          copy = new ArrayList<>(list.subList(0, i));
        }
        if (copy != null) {
          copy.add(replaced);
        }
      }
      return copy == null ? value : (T) List.copyOf(copy);
    } else if (value instanceof Optional<?> optional && optional.isPresent()) {
      Object replaced = replace(optional.get(), replacement);
      return replaced == optional.get() ? value : (T) Optional.of(replaced);
    } else if (value instanceof Record record && mayHoldArticles.get(record.getClass())) {
      return (T) replaceInRecord(record, replacement);
    }
    return value;
  }

  /**
   * Reads only the components that may hold articles, until one of them is replaced: a
   * component may be computed when it is read (a page's related articles).
   */
  private Object replaceInRecord(Record record, UnaryOperator<Article> replacement) {
    Shape shape = shapes.get(record.getClass());
    RecordComponent[] components = shape.components();
    Object[] values = null;
    for (int i = 0; i < components.length; i++) {
      if (!shape.mayHold()[i]) {
        continue;
      }
      Object value = read(components[i], record);
      Object replaced = value == null ? null : replace(value, replacement);
      if (replaced != value) {
        if (values == null) {
          values = new Object[components.length];
          for (int j = 0; j < components.length; j++) {
            values[j] = read(components[j], record);
          }
        }
        values[i] = replaced;
      }
    }
    if (values == null) {
      return record;
    }
    try {
      return shape.constructor().newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + record.getClass().getName(), e);
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  /**
   * Whether a value declared as {@code type} can hold an article: an article, a record with such
   * a component, a list or optional of such, or a type too open to tell (an interface, Object).
   */
  private static boolean mayHold(Type type, List<Type> seen) {
    if (type instanceof ParameterizedType p) {
      if (p.getRawType() == List.class || p.getRawType() == Optional.class) {
        return mayHold(p.getActualTypeArguments()[0], seen);
      }
      return mayHold(p.getRawType(), seen);
    }
    if (!(type instanceof Class<?> c)) {
      return true;
    }
    if (c == Article.class || c == Object.class || c.isInterface()) {
      return true;
    }
    if (!c.isRecord() || seen.contains(c)) {
      return false;
    }
    seen.add(c);
    for (RecordComponent component : c.getRecordComponents()) {
      if (mayHold(component.getGenericType(), seen)) {
        return true;
      }
    }
    return false;
  }
}
