package dev.dateline.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input of a site model: the same records give the same model, whatever their bodies. */
class ModelInputTest {

  private static ParseCache.Entry entry(String key, String record) {
    return ParseCache.Entry.ofRecord(key, record.getBytes(UTF_8), 0);
  }

  private static ModelInput of(ModelInput previous, ParseCache.Entry... entries) {
    return ModelInput.of("settings", List.of(entries), previous);
  }

  @Test
  void recordsWithOtherBodiesGiveTheSameModel() {
    ModelInput before = of(ModelInput.none(), entry("k1", "rain"), entry("k2", "snow"));
    ModelInput after = of(before, entry("k1", "rain"), entry("k2b", "snow"));

    assertThat(after.sameModelAs(before)).isTrue();
    assertThat(after.keysChangedSince(before)).containsExactly(1);
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void anotherRecordOrOrderOrNumberGivesAnotherModel() {
    ModelInput before = of(ModelInput.none(), entry("k1", "rain"), entry("k2", "snow"));

    assertThat(of(before, entry("k1", "rain"), entry("k2b", "sleet")).sameModelAs(before))
        .isFalse();
    assertThat(of(before, entry("k2", "snow"), entry("k1", "rain")).sameModelAs(before))
        .isFalse();
    assertThat(of(before, entry("k1", "rain")).sameModelAs(before)).isFalse();
    assertThat(of(before, entry("k1", "rain"), entry("k2", "snow")).sameModelAs(before))
        .isTrue();
  }

  @Test
  void aRecordIsDigestedAgainOnlyWhereItsKeyOrTheParseSettingsChanged() {
    byte[] remembered = new byte[2 * ModelInput.DIGEST_BYTES];
    Arrays.fill(remembered, (byte) 7);
    ModelInput previous = new ModelInput("settings", new String[] {"k1", "k2"}, remembered);

    ModelInput same = of(previous, entry("k1", "rain"), entry("k2b", "snow"));
    ModelInput otherSettings = ModelInput.of("other settings",
        List.of(entry("k1", "rain"), entry("k2", "snow")), previous);

    assertThat(Arrays.copyOfRange(same.records(), 0, ModelInput.DIGEST_BYTES))
        .containsOnly(7);
    assertThat(Arrays.copyOfRange(same.records(), ModelInput.DIGEST_BYTES,
        2 * ModelInput.DIGEST_BYTES)).isEqualTo(
        Arrays.copyOfRange(of(ModelInput.none(), entry("k2", "snow")).records(), 0,
            ModelInput.DIGEST_BYTES));
    assertThat(otherSettings.records())
        .isEqualTo(of(ModelInput.none(), entry("k1", "rain"), entry("k2", "snow")).records());
  }
}
