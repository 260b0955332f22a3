package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places in a reader's case; dates and years found in file paths. */
class PlaceAndPathTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "MOSCOW, Moscow", "ST. PETERSBURG, St. Petersburg", "UNITED NATIONS, United Nations",
      "NUR-SULTAN, Nur-Sultan", "ROSTOV-ON-DON, Rostov-on-Don", "RIO DE JANEIRO, Rio de Janeiro",
      "N'DJAMENA, N'Djamena", "THE HAGUE, The Hague", "МОСКВА, Москва", "ÖSKEMEN, Öskemen",
      "Paris, Paris", "WASHINGTON D.C., Washington D.C.", "NEW YORK, New York",
      "PORT-AU-PRINCE, Port-au-Prince", "MCALLEN, McAllen", "WASHINGTON/BRUSSELS, Washington/Brussels",
      "PETROPAVLOVSK-KAMCHATSKY, Petropavlovsk-Kamchatsky",
  })
  void placesAreWrittenInTheReadersCase(String printed, String reader) {
    assertThat(PlaceCase.of(printed)).isEqualTo(reader);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "content/2019/09/csto.txt, 2019, -",
      "content/2019/09/10/csto.txt, 2019, 2019-09-10",
      "content/2019-09-10-csto.txt, 2019, 2019-09-10",
      "content/2018/2019-09-10-csto.txt, 2019, 2019-09-10",
      "content\\2019\\09\\csto.txt, 2019, -",
      "2019/csto.txt, 2019, -",
      "content/csto-2019.txt, -, -",
      "content/2019-13-45-notes.txt, -, -",
      "content/12019/notes.txt, -, -",
      "notes.txt, -, -",
  })
  void pathsGiveYearsAndDates(String source, Integer year, LocalDate date) {
    assertThat(SourcePath.of(source)).isEqualTo(new SourcePath(year, date));
  }
}
