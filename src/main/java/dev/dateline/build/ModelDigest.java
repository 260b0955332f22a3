package dev.dateline.build;

import dev.dateline.article.Article;
import dev.dateline.site.PageContent;
import dev.dateline.site.Teaser;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A digest of a page's model: every record component, list element and map entry, each string
 * with its length, so that no two different models give the same bytes to hash. Thread-safe.
 *
 * <p>An article, the largest record of a model, appears on its own page and in up to dozens of
 * feeds; so its digest is taken once, the first time it is met, and stands for it in every model
 * that holds the same instance: the models are immutable records, and one {@code ModelDigest}
 * serves one build. The same holds for a teaser, which the site model makes once per article and
 * shares by every list showing it. A record met again as another instance with equal components
 * gets the same digest, computed again. Smaller records (links, pagers, crumbs) are written out
 * where they are met: many are made per page, and remembering a digest for each would cost more
 * memory than hashing them again costs time.
 */
final class ModelDigest {


  private final ClassValue<Method[]> accessors = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] methods = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        methods[i] = components[i].getAccessor();
        methods[i].setAccessible(true);
      }
      return methods;
    }
  };

  /** A record class's name, digested: the type of a record counts, its long name need not. */
  private final ClassValue<byte[]> typeNames = new ClassValue<>() {
    @Override
    protected byte[] computeValue(Class<?> type) {
      return Arrays.copyOf(Digest128.of(type.getName().getBytes(StandardCharsets.UTF_8)), 8);
    }
  };

  private final Map<Identity, byte[]> shared = new ConcurrentHashMap<>();
  private final ThreadLocal<Digest128> digests = ThreadLocal.withInitial(Digest128::new);

  /** A record by its identity, not its value: equal records compare all their fields. */
  private record Identity(Record record) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity o && o.record == record;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(record);
    }
  }

  /**
   * The digest of {@code model}: 16 bytes. A page's model holds its articles without their
   * bodies; where the page shows them ({@link PageContent#showsBodies()}), {@code bodyKey} gives
   * what stands for the body of each (the key of its file), and that is digested with it.
   */
  byte[] of(Object model, Function<Article, String> bodyKey) {
    Bytes text = new Bytes(Bytes.BUFFER);
    write(model, text, bodyKey);
    return text.digest();
  }

  /** The digest of {@code model}, leaving out the bodies of its articles. */
  byte[] of(Object model) {
    return of(model, null);
  }

  private void write(Object value, Bytes text, Function<Article, String> bodyKey) {
    if (value == null) {
      text.put('~');
    } else if (value instanceof String s) {
      text.put('"').putString(s);
    } else if (value instanceof Article article) {
      text.put('#').put(sharedDigest(article));
      if (bodyKey != null) {
        text.put('b').putString(bodyKey.apply(article));
      }
    } else if (value instanceof Teaser teaser) {
      text.put('#').put(sharedDigest(teaser));
    } else if (value instanceof Record record) {
      writeRecord(record, text, value instanceof PageContent content && !content.showsBodies()
          ? null : bodyKey);
    } else if (value instanceof Collection<?> items) {
      text.put('(').putInt(items.size());
      for (Object item : items) {
        write(item, text, bodyKey);
      }
    } else if (value instanceof Map<?, ?> map) {
      text.put('{').putInt(map.size());
      map.forEach((k, v) -> {
        write(k, text, bodyKey);
        write(v, text, bodyKey);
      });
    } else if (value instanceof Optional<?> optional) {
      text.put('?');
      write(optional.orElse(null), text, bodyKey);
    } else {
      text.put('=').put(typeNames.get(value.getClass())).putString(value.toString());
    }
  }

  private void writeRecord(Record record, Bytes text, Function<Article, String> bodyKey) {
    text.put('[').put(typeNames.get(record.getClass()));
    for (Method accessor : accessors.get(record.getClass())) {
      write(read(accessor, record), text, bodyKey);
    }
    text.put(']');
  }

  /** The digest of an article or teaser, taken once per instance. */
  private byte[] sharedDigest(Record record) {
    byte[] known = shared.get(new Identity(record));
    if (known != null) {
      return known;
    }
    Bytes text = new Bytes(256);
    writeRecord(record, text, null);
    byte[] digest = text.digest();
    shared.put(new Identity(record), digest);
    return digest;
  }

  private static Object read(Method accessor, Record record) {
    try {
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  /**
   * The bytes a model is written as, hashed as they come: a small buffer, handed to a digest of
   * its own when it fills (a sitemap's model runs to megabytes), else to the thread's digest at
   * the end. Articles and teasers are digested while a page's bytes are being written, so the
   * thread's digest is never fed before {@link #digest()}.
   */
  private final class Bytes {
    private static final int BUFFER = 4096;
    private final byte[] bytes;
    private int size;
    private Digest128 own;

    Bytes(int capacity) {
      bytes = new byte[Math.max(capacity, 16)];
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        flush();
      }
    }

    private void flush() {
      if (own == null) {
        own = new Digest128();
      }
      own.update(bytes, 0, size);
      size = 0;
    }

    Bytes put(char c) {
      room(1);
      bytes[size++] = (byte) c;
      return this;
    }

    Bytes put(byte[] b) {
      if (b.length > bytes.length) {
        flush();
        own.update(b);
        return this;
      }
      room(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
      return this;
    }

    Bytes putInt(int v) {
      room(4);
      bytes[size++] = (byte) (v >>> 24);
      bytes[size++] = (byte) (v >>> 16);
      bytes[size++] = (byte) (v >>> 8);
      bytes[size++] = (byte) v;
      return this;
    }

    /**
     * The string's length in chars, then each char: one byte below 0x80, else 0x80 and its two
     * bytes, so that no two strings give the same bytes.
     */
    Bytes putString(String s) {
      int length = s.length();
      putInt(length);
      for (int i = 0; i < length; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          room(1);
          bytes[size++] = (byte) c;
        } else {
          room(3);
          bytes[size++] = (byte) 0x80;
          bytes[size++] = (byte) (c >>> 8);
          bytes[size++] = (byte) c;
        }
      }
      return this;
    }

    byte[] digest() {
      Digest128 digest = own != null ? own : digests.get();
      digest.update(bytes, 0, size);
      return digest.digest();
    }
  }
}
