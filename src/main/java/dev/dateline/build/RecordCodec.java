package dev.dateline.build;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes records (of articles, of pages) to compact bytes and reads them back, by their record
 * components: strings, numbers, booleans, enums, dates, nested records, records of a sealed
 * interface, lists and optionals of those. It follows the records as they are declared, so a
 * field added to {@code Article} needs no change here; {@link #schema(Class)} describes that
 * shape, and caches include it in their version so that records written under an older shape
 * are never read back.
 *
 * <p>Components named in {@code skipped} are not written; they read back empty (an empty list,
 * null, zero or false). The build uses this to keep articles without their bodies.
 */
final class RecordCodec {

  private final Set<String> skipped;
  private final ClassValue<Node> nodes = new ClassValue<>() {
    @Override
    protected Node computeValue(Class<?> type) {
      return node(type);
    }
  };

  RecordCodec(Set<String> skipped) {
    this.skipped = Set.copyOf(skipped);
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
    } else if (type instanceof Class<?> c && c.isSealed() && !seen.contains(c)) {
      seen.add(c);
      s.append('{');
      for (Class<?> permitted : c.getPermittedSubclasses()) {
        describe(permitted, s, seen);
        s.append(';');
      }
      s.append('}');
    }
  }

  byte[] encode(Record value) {
    Out out = new Out();
    nodes.get(value.getClass()).write(out, value);
    return out.bytes();
  }

  <T extends Record> T decode(Class<T> type, byte[] bytes) {
    return decode(type, bytes, 0, bytes.length);
  }

  /**
   * The record written in {@code bytes} from {@code offset}, {@code length} bytes long.
   *
   * @throws IllegalStateException when the bytes are not a record of that type
   */
  <T extends Record> T decode(Class<T> type, byte[] bytes, int offset, int length) {
    In in = new In(bytes, offset, offset + length);
    try {
      T value = type.cast(nodes.get(type).read(in));
      if (in.at != in.end) {
        throw new IllegalStateException("cache entry is damaged: " + (in.end - in.at)
            + " bytes left over");
      }
      return value;
    } catch (IllegalStateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalStateException("cache entry is damaged: " + e, e);
    }
  }

  /*
   * The bytes: ints and longs as variable-length zigzag numbers (small ones take one byte), a
   * boolean or the presence of an object as one byte, a list as its size then its items, a date
   * as its epoch day, an enum as its ordinal. A string is 0 when null, 1 and a number for a string
   * written before in the same record (an article names its file three times), or its length in
   * UTF-8 plus 2, then the bytes.
   */

  /** How one type is written and read, worked out once per record class. */
  private interface Node {
    void write(Out out, Object value);

    Object read(In in);
  }

  private Node node(Type type) {
    if (type instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      if (p.getRawType() == List.class) {
        return new ListNode(node(element));
      } else if (p.getRawType() == Optional.class) {
        return new OptionalNode(node(element));
      }
      throw unsupported(type);
    }
    Class<?> c = (Class<?>) type;
    if (c == int.class) {
      return new Node() {
        public void write(Out out, Object value) {
          out.varLong((Integer) value);
        }

        public Object read(In in) {
          return (int) in.varLong();
        }
      };
    } else if (c == long.class) {
      return new Node() {
        public void write(Out out, Object value) {
          out.varLong((Long) value);
        }

        public Object read(In in) {
          return in.varLong();
        }
      };
    } else if (c == boolean.class) {
      return new Node() {
        public void write(Out out, Object value) {
          out.add((Boolean) value ? 1 : 0);
        }

        public Object read(In in) {
          return in.flag();
        }
      };
    } else if (c == String.class) {
      return new Node() {
        public void write(Out out, Object value) {
          out.string((String) value);
        }

        public Object read(In in) {
          return in.string();
        }
      };
    } else if (c == Integer.class) {
      return new Nullable(new Node() {
        public void write(Out out, Object value) {
          out.varLong((Integer) value);
        }

        public Object read(In in) {
          return (int) in.varLong();
        }
      });
    } else if (c == LocalDate.class) {
      return new Nullable(new Node() {
        public void write(Out out, Object value) {
          out.varLong(((LocalDate) value).toEpochDay());
        }

        public Object read(In in) {
          return LocalDate.ofEpochDay(in.varLong());
        }
      });
    } else if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return new Nullable(new Node() {
        public void write(Out out, Object value) {
          out.varLong(((Enum<?>) value).ordinal());
        }

        public Object read(In in) {
          return constants[(int) in.varLong()];
        }
      });
    } else if (c.isRecord()) {
      return new Nullable(new RecordNode(c));
    } else if (c.isInterface() && c.isSealed()) {
      return new Nullable(new SealedNode(c.getPermittedSubclasses()));
    }
    throw unsupported(type);
  }

  /** One of the records a sealed interface permits: its place in the permitted list, then it. */
  private final class SealedNode implements Node {
    private final Class<?>[] permitted;

    SealedNode(Class<?>[] permitted) {
      this.permitted = permitted;
    }

    public void write(Out out, Object value) {
      for (int i = 0; i < permitted.length; i++) {
        if (permitted[i] == value.getClass()) {
          out.varLong(i);
          nodes.get(permitted[i]).write(out, value);
          return;
        }
      }
      throw unsupported(value.getClass());
    }

    public Object read(In in) {
      long index = in.varLong();
      if (index < 0 || index >= permitted.length) {
        throw new IndexOutOfBoundsException("kind " + index + " of " + permitted.length);
      }
      return nodes.get(permitted[(int) index]).read(in);
    }
  }

  private record ListNode(Node element) implements Node {
    public void write(Out out, Object value) {
      List<?> list = (List<?>) value;
      out.varLong(list.size());
      for (Object item : list) {
        element.write(out, item);
      }
    }

    public Object read(In in) {
      int size = (int) in.varLong();
      if (size < 0 || size > in.left()) {
        throw new IndexOutOfBoundsException("a list of " + size);
      }
      Object[] items = new Object[size];
      boolean nulls = false;
      for (int i = 0; i < size; i++) {
        items[i] = element.read(in);
        nulls |= items[i] == null;
      }
      return nulls ? Collections.unmodifiableList(Arrays.asList(items)) : List.of(items);
    }
  }

  private record OptionalNode(Node element) implements Node {
    public void write(Out out, Object value) {
      Optional<?> optional = (Optional<?>) value;
      out.add(optional.isPresent() ? 1 : 0);
      if (optional.isPresent()) {
        element.write(out, optional.get());
      }
    }

    public Object read(In in) {
      return in.flag() ? Optional.ofNullable(element.read(in)) : Optional.empty();
    }
  }

  private record Nullable(Node value) implements Node {
    public void write(Out out, Object object) {
      out.add(object == null ? 0 : 1);
      if (object != null) {
        value.write(out, object);
      }
    }

    public Object read(In in) {
      return in.flag() ? value.read(in) : null;
    }
  }

  /**
   * A record's components in declaration order, through its canonical constructor. The nodes of
   * the components are looked up when first used, so a record may hold its own kind.
   */
  private final class RecordNode implements Node {
    private final RecordComponent[] components;
    private final Method[] accessors;
    private final boolean[] kept;
    private final Object[] empty;
    private final Constructor<?> constructor;
    private volatile Node[] parts;

    RecordNode(Class<?> type) {
      components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      accessors = new Method[components.length];
      kept = new boolean[components.length];
      empty = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        kept[i] = !skipped.contains(components[i].getName());
        empty[i] = empty(types[i]);
      }
      try {
        constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
      }
    }

    private Node[] parts() {
      Node[] known = parts;
      if (known == null) {
        known = new Node[components.length];
        for (int i = 0; i < components.length; i++) {
          Type type = components[i].getGenericType();
          known[i] = type instanceof Class<?> c ? nodes.get(c) : node(type);
        }
        parts = known;
      }
      return known;
    }

    public void write(Out out, Object value) {
      Node[] nodes = parts();
      for (int i = 0; i < nodes.length; i++) {
        if (kept[i]) {
          nodes[i].write(out, accessor(accessors[i], value));
        }
      }
    }

    public Object read(In in) {
      Node[] nodes = parts();
      Object[] values = new Object[nodes.length];
      for (int i = 0; i < nodes.length; i++) {
        values[i] = kept[i] ? nodes[i].read(in) : empty[i];
      }
      return construct(constructor, values);
    }
  }

  /** The bytes of one record being written, with the strings written so far. */
  private static final class Out {
    private byte[] bytes = new byte[512];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();

    void add(int b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = (byte) b;
    }

    void varLong(long value) {
      long zigzag = (value << 1) ^ (value >> 63);
      while ((zigzag & ~0x7FL) != 0) {
        add((int) ((zigzag & 0x7F) | 0x80));
        zigzag >>>= 7;
      }
      add((int) zigzag);
    }

    void string(String value) {
      if (value == null) {
        varLong(0);
        return;
      }
      Integer earlier = strings.get(value);
      if (earlier != null) {
        varLong(1);
        varLong(earlier);
        return;
      }
      strings.put(value, strings.size());
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      varLong(utf8.length + 2L);
      if (size + utf8.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + utf8.length));
      }
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }

    byte[] bytes() {
      return Arrays.copyOf(bytes, size);
    }
  }

  /** A cursor over the bytes of one record; reading past their end throws. */
  private static final class In {
    private final byte[] bytes;
    private final int end;
    private int at;
    private String[] strings = new String[8];
    private int count;

    In(byte[] bytes, int at, int end) {
      this.bytes = bytes;
      this.at = at;
      this.end = end;
    }

    int left() {
      return end - at;
    }

    private byte next() {
      if (at >= end) {
        throw new IndexOutOfBoundsException("the record ends early");
      }
      return bytes[at++];
    }

    boolean flag() {
      byte b = next();
      if (b != 0 && b != 1) {
        throw new IndexOutOfBoundsException("a flag of " + b);
      }
      return b == 1;
    }

    long varLong() {
      long zigzag = 0;
      for (int shift = 0; ; shift += 7) {
        if (shift > 63) {
          throw new IndexOutOfBoundsException("a number too long");
        }
        byte b = next();
        zigzag |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          break;
        }
      }
      return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    String string() {
      long tag = varLong();
      if (tag == 0) {
        return null;
      } else if (tag == 1) {
        long index = varLong();
        if (index < 0 || index >= count) {
          throw new IndexOutOfBoundsException("string " + index + " of " + count);
        }
        return strings[(int) index];
      }
      long length = tag - 2;
      if (length < 0 || length > left()) {
        throw new IndexOutOfBoundsException("a string of " + length + " bytes");
      }
      String value = new String(bytes, at, (int) length, StandardCharsets.UTF_8);
      at += (int) length;
      if (count == strings.length) {
        strings = Arrays.copyOf(strings, count * 2);
      }
      strings[count++] = value;
      return value;
    }
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

  private static Object accessor(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  private static Object construct(Constructor<?> canonical, Object[] values) {
    try {
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cache entry is damaged: "
          + canonical.getDeclaringClass().getSimpleName() + " refused it: " + e.getCause(), e);
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
