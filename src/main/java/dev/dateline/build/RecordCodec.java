package dev.dateline.build;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes records of the article package to compact bytes and reads them back, by their record
 * components: strings, numbers, booleans, enums, dates, nested records, lists and optionals of
 * those. It follows the records as they are declared, so a field added to {@code Article} needs
 * no change here; {@link #schema(Class)} describes that shape, and caches include it in their
 * version so that records written under an older shape are never read back.
 *
 * <p>Components named in {@code skipped} are not written; they read back empty (an empty list,
 * null, zero or false). The build uses this to keep articles without their bodies.
 */
final class RecordCodec {

  private final Set<String> skipped;
  private final ClassValue<Shape> shapes = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  RecordCodec(Set<String> skipped) {
    this.skipped = Set.copyOf(skipped);
  }

  /** A record class's components and canonical constructor, looked up once. */
  private record Shape(RecordComponent[] components, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        components[i].getAccessor().setAccessible(true);
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return new Shape(components, constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
      }
    }
  }

  /** A description of the record's shape, component by component, for cache versions. */
  static String schema(Class<?> type) {
    StringBuilder s = new StringBuilder();
    describe(type, s, new ArrayList<>());
    return s.toString();
  }

  private static void describe(Type type, StringBuilder s, List<Type> seen) {
    s.append(type.getTypeName());
    if (type instanceof Class<?> c && c.isRecord() && !seen.contains(c)) {
      seen.add(c);
      s.append('{');
      for (RecordComponent component : c.getRecordComponents()) {
        s.append(component.getName()).append(':');
        describe(component.getGenericType(), s, seen);
        s.append(';');
      }
      s.append('}');
    } else if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        s.append('<');
        describe(argument, s, seen);
        s.append('>');
      }
    } else if (type instanceof Class<?> c && c.isEnum()) {
      s.append(List.of(c.getEnumConstants()));
    }
  }

  byte[] encode(Record value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, value.getClass(), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  <T extends Record> T decode(Class<T> type, byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return type.cast(read(in, type));
    } catch (IOException e) {
      throw new UncheckedIOException("cache entry is damaged: " + e.getMessage(), e);
    }
  }

  private void write(DataOutputStream out, Type type, Object value) throws IOException {
    if (type instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      if (p.getRawType() == List.class) {
        List<?> list = (List<?>) value;
        out.writeInt(list.size());
        for (Object item : list) {
          write(out, element, item);
        }
      } else if (p.getRawType() == Optional.class) {
        Optional<?> optional = (Optional<?>) value;
        out.writeBoolean(optional.isPresent());
        if (optional.isPresent()) {
          write(out, element, optional.get());
        }
      } else {
        throw unsupported(type);
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c == int.class) {
      out.writeInt((Integer) value);
    } else if (c == long.class) {
      out.writeLong((Long) value);
    } else if (c == boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (value == null) {
      out.writeBoolean(false);
    } else {
      out.writeBoolean(true);
      if (c == String.class) {
        byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      } else if (c == Integer.class) {
        out.writeInt((Integer) value);
      } else if (c == LocalDate.class) {
        out.writeLong(((LocalDate) value).toEpochDay());
      } else if (c.isEnum()) {
        out.writeInt(((Enum<?>) value).ordinal());
      } else if (c.isRecord()) {
        for (RecordComponent component : shapes.get(c).components()) {
          if (!skipped.contains(component.getName())) {
            write(out, component.getGenericType(), accessor(component, value));
          }
        }
      } else {
        throw unsupported(type);
      }
    }
  }

  private Object read(DataInputStream in, Type type) throws IOException {
    if (type instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      if (p.getRawType() == List.class) {
        int size = in.readInt();
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(read(in, element));
        }
        return list;
      } else if (p.getRawType() == Optional.class) {
        return in.readBoolean() ? Optional.ofNullable(read(in, element)) : Optional.empty();
      }
      throw unsupported(type);
    }
    Class<?> c = (Class<?>) type;
    if (c == int.class) {
      return in.readInt();
    } else if (c == long.class) {
      return in.readLong();
    } else if (c == boolean.class) {
      return in.readBoolean();
    } else if (!in.readBoolean()) {
      return null;
    } else if (c == String.class) {
      byte[] utf8 = new byte[in.readInt()];
      in.readFully(utf8);
      return new String(utf8, StandardCharsets.UTF_8);
    } else if (c == Integer.class) {
      return in.readInt();
    } else if (c == LocalDate.class) {
      return LocalDate.ofEpochDay(in.readLong());
    } else if (c.isEnum()) {
      return c.getEnumConstants()[in.readInt()];
    } else if (c.isRecord()) {
      Shape shape = shapes.get(c);
      RecordComponent[] components = shape.components();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = skipped.contains(components[i].getName()) ? empty(components[i].getType())
            : read(in, components[i].getGenericType());
      }
      return construct(shape.constructor(), values);
    }
    throw unsupported(type);
  }

  private static Object empty(Class<?> type) {
    if (type == List.class) {
      return List.of();
    } else if (type == Optional.class) {
      return Optional.empty();
    } else if (type == int.class) {
      return 0;
    } else if (type == long.class) {
      return 0L;
    } else if (type == boolean.class) {
      return false;
    }
    return null;
  }

  private static Object accessor(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private static Object construct(Constructor<?> canonical, Object[] values) {
    try {
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + canonical.getDeclaringClass().getName(),
          e);
    }
  }

  private static IllegalArgumentException unsupported(Type type) {
    return new IllegalArgumentException("no binary form for " + type.getTypeName()
        + "; add it to RecordCodec");
  }
}
