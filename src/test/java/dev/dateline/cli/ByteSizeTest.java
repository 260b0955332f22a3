package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ByteSizeTest {

  @ParameterizedTest
  @CsvSource({"2000000, 2000000", "512k, 524288", "512KB, 524288", "10MB, 10485760",
      "10 MiB, 10485760", "1g, 1073741824", "1, 1"})
  void sizesAreReadInBytesWithBinaryUnits(String written, long bytes) {
    assertThat(new ByteSize().convert(written)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten", "-5", "0", "5 TB", "1.5MB", "3g", "99999999999999"})
  void anythingElseIsRefusedWithAMessage(String written) {
    assertThatThrownBy(() -> new ByteSize().convert(written))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'" + written + "'");
  }
}
