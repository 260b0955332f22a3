package dev.dateline.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a size such as {@code 10MB}, {@code 512k} or {@code 2000000} as a number of bytes. */
final class ByteSize implements ITypeConverter<Long> {

  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)i?b?");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not a size; write it as bytes or"
          + " with a unit, e.g. 10MB, 512KB, 2000000");
    }
    long number = Long.parseLong(m.group(1));
    int shift = switch (m.group(2)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    if (number < 1 || number > Integer.MAX_VALUE >> shift) {
      throw new TypeConversionException("'" + value + "' is out of range; a size is from 1 byte"
          + " to 2 GB");
    }
    return number << shift;
  }
}
