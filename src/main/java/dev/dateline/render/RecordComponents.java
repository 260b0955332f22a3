package dev.dateline.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The components of one record class, read through method handles made once per class, where
 * Freemarker's bean wrapper would look each accessor up and call it by reflection on every read.
 */
final class RecordComponents {

  /** The components of each record class, or null where they cannot be read from here. */
  static final ClassValue<RecordComponents> OF = new ClassValue<>() {
    @Override
    protected RecordComponents computeValue(Class<?> type) {
      return type.isRecord() ? of(type) : null;
    }
  };

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  private final Map<String, Integer> indexes;
  private final MethodHandle[] accessors;

  private RecordComponents(Map<String, Integer> indexes, MethodHandle[] accessors) {
    this.indexes = indexes;
    this.accessors = accessors;
  }

  private static RecordComponents of(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Map<String, Integer> indexes = new HashMap<>();
    MethodHandle[] accessors = new MethodHandle[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        indexes.put(components[i].getName(), i);
        accessors[i] = MethodHandles.publicLookup()
            .unreflect(components[i].getAccessor()).asType(GETTER);
      }
    } catch (IllegalAccessException notPublic) {
      return null;
    }
    return new RecordComponents(indexes, accessors);
  }

  /** The position of component {@code name}, or -1 where the record has none of that name. */
  int indexOf(String name) {
    Integer index = indexes.get(name);
    return index == null ? -1 : index;
  }

  int size() {
    return accessors.length;
  }

  /** The value of component {@code index} of {@code record}. */
  Object read(Object record, int index) {
    try {
      return (Object) accessors[index].invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable impossible) {
      // Record accessors declare no checked exceptions.
      throw new IllegalStateException(impossible);
    }
  }
}
