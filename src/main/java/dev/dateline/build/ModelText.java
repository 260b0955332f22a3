package dev.dateline.build;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A page's model written out as text for its digest: every record component, list element and
 * map entry, each string with its length so that no two models read the same. What records'
 * own {@code toString} gives, without the format string it parses for every record.
 */
final class ModelText {

  private final ClassValue<Method[]> accessors = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] methods = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        methods[i] = components[i].getAccessor();
      }
      return methods;
    }
  };

  String of(Object model) {
    StringBuilder text = new StringBuilder(1024);
    write(model, text);
    return text.toString();
  }

  private void write(Object value, StringBuilder text) {
    if (value == null) {
      text.append('~');
    } else if (value instanceof String s) {
      text.append('"').append(s.length()).append(':').append(s);
    } else if (value instanceof Record record) {
      text.append(record.getClass().getName()).append('[');
      for (Method accessor : accessors.get(record.getClass())) {
        write(read(accessor, record), text);
        text.append(',');
      }
      text.append(']');
    } else if (value instanceof Collection<?> items) {
      text.append('(');
      for (Object item : items) {
        write(item, text);
        text.append(',');
      }
      text.append(')');
    } else if (value instanceof Map<?, ?> map) {
      text.append('{');
      map.forEach((k, v) -> {
        write(k, text);
        text.append('=');
        write(v, text);
        text.append(',');
      });
      text.append('}');
    } else if (value instanceof Optional<?> optional) {
      text.append('?');
      write(optional.orElse(null), text);
    } else {
      String s = value.toString();
      text.append(value.getClass().getName()).append('"').append(s.length()).append(':')
          .append(s);
    }
  }

  private static Object read(Method accessor, Record record) {
    try {
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }
}
