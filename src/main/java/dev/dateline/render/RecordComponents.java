package dev.dateline.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

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

  /**
   * The component names by their hash code, in a table large enough that no two share a slot,
   * with each name's component position beside it: one look, where a template asks for a name.
   */
  private final String[] names;
  private final int[] positions;
  private final MethodHandle[] accessors;

  private RecordComponents(String[] names, int[] positions, MethodHandle[] accessors) {
    this.names = names;
    this.positions = positions;
    this.accessors = accessors;
  }

  private static RecordComponents of(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    MethodHandle[] accessors = new MethodHandle[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        accessors[i] = MethodHandles.publicLookup()
            .unreflect(components[i].getAccessor()).asType(GETTER);
      }
    } catch (IllegalAccessException notPublic) {
      return null;
    }
    // Two names of the same hash code never part: such a record is left to the bean wrapper.
    for (int size = Integer.highestOneBit(Math.max(1, components.length)) * 2;
        size <= 1 << 12; size *= 2) {
      String[] names = new String[size];
      int[] positions = new int[size];
      boolean clash = false;
      for (int i = 0; i < components.length && !clash; i++) {
        int slot = components[i].getName().hashCode() & (size - 1);
        clash = names[slot] != null;
        names[slot] = components[i].getName();
        positions[slot] = i;
      }
      if (!clash) {
        return new RecordComponents(names, positions, accessors);
      }
    }
    return null;
  }

  /** The position of component {@code name}, or -1 where the record has none of that name. */
  int indexOf(String name) {
    int slot = name.hashCode() & (names.length - 1);
    String found = names[slot];
    return found != null && found.equals(name) ? positions[slot] : -1;
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
