package dev.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dateline shapes of wire-formats.md, and sentences that only look like datelines. */
class DatelineParserTest {

  private final DatelineParser parser = new DatelineParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // paragraph | raw | place | month | day | year | agency
      "MOSCOW, September 10. /TASS/. Text|MOSCOW, September 10. /TASS/.|Moscow|9|10||TASS",
      "ST. PETERSBURG, June 7. /TASS/. Text|ST. PETERSBURG, June 7. /TASS/.|St. Petersburg|6|7||TASS",
      "UNITED NATIONS, March 2. /TASS/. Text|UNITED NATIONS, March 2. /TASS/.|United Nations|3|2||TASS",
      "MOSCOW (Reuters) - Text|MOSCOW (Reuters) -|Moscow|0|0||Reuters",
      "LONDON, Jan 5 (Reuters) - Text|LONDON, Jan 5 (Reuters) -|London|1|5||Reuters",
      "WASHINGTON, March 3 (Reuters) -Text|WASHINGTON, March 3 (Reuters) -|Washington|3|3||Reuters",
      "NEW YORK, March 26 - Text|NEW YORK, March 26 -|New York|3|26||",
      "KYIV, Ukraine (AP) — Text|KYIV, Ukraine (AP) —|Kyiv, Ukraine|0|0||AP",
      "NEW YORK (AP) — Text|NEW YORK (AP) —|New York|0|0||AP",
      "WASHINGTON (AP) -- Text|WASHINGTON (AP) --|Washington|0|0||AP",
      "Paris (AFP) - Text|Paris (AFP) -|Paris|0|0||AFP",
      "PARIS, Jan 5, 2024 (AFP) - Text|PARIS, Jan 5, 2024 (AFP) -|Paris|1|5|2024|AFP",
      "BEIJING, Sept. 10 (Xinhua) -- Text|BEIJING, Sept. 10 (Xinhua) --|Beijing|9|10||Xinhua",
      "MOSCOW. Sept 10 (Interfax) - Text|MOSCOW. Sept 10 (Interfax) -|Moscow|9|10||Interfax",
      "WASHINGTON, Sept. 10 (UPI) -- Text|WASHINGTON, Sept. 10 (UPI) --|Washington|9|10||UPI",
      "MOSCOW, September 10 (RIA Novosti) - Text|MOSCOW, September 10 (RIA Novosti) -|Moscow|9|10||RIA Novosti",
      "MOSCOW — Text|MOSCOW —|Moscow|0|0||",
      "BRUSSELS -- Text|BRUSSELS --|Brussels|0|0||",
      "MOSCOW—Text|MOSCOW—|Moscow|0|0||",
      "MOSCOW, SEPT 10 (Reuters) - Text|MOSCOW, SEPT 10 (Reuters) -|Moscow|9|10||Reuters",
      "KYIV, MAYORSK (AP) — Text|KYIV, MAYORSK (AP) —|Kyiv, Mayorsk|0|0||AP",
      "NUR-SULTAN, March 12. /TASS/. Text|NUR-SULTAN, March 12. /TASS/.|Nur-Sultan|3|12||TASS",
      "AUSTIN, Texas (AP) — Text|AUSTIN, Texas (AP) —|Austin, Texas|0|0||AP",
      "N'DJAMENA, May 4 (Reuters) - Text|N'DJAMENA, May 4 (Reuters) -|N'Djamena|5|4||Reuters",
      "ROSTOV-ON-DON, March 15. /TASS/. Text|ROSTOV-ON-DON, March 15. /TASS/.|Rostov-on-Don|3|15||TASS",
      "МОСКВА, 12 марта. /ТАСС/. Текст|МОСКВА, 12 марта. /ТАСС/.|Москва|3|12||TASS",
      "WASHINGTON, Aug. 3 (AP) – Text|WASHINGTON, Aug. 3 (AP) –|Washington|8|3||AP",
      "TEL AVIV, December 1. /RIA Novosti/. Text|TEL AVIV, December 1. /RIA Novosti/.|Tel Aviv|12|1||RIA Novosti",
      "WASHINGTON/BRUSSELS, Oct 30 (Reuters) - Text|WASHINGTON/BRUSSELS, Oct 30 (Reuters) -|Washington/Brussels|10|30||Reuters",
      "(Reuters) - Text|(Reuters) -||0|0||Reuters",
      "PORT-AU-PRINCE, Haiti (AP) — Text|PORT-AU-PRINCE, Haiti (AP) —|Port-au-Prince, Haiti|0|0||AP",
      "ABU DHABI, United Arab Emirates (AP) — Text|ABU DHABI, United Arab Emirates (AP) —|Abu Dhabi, United Arab Emirates|0|0||AP",
      "SANTIAGO DE COMPOSTELA, Spain (AP) — Text|SANTIAGO DE COMPOSTELA, Spain (AP) —|Santiago de Compostela, Spain|0|0||AP",
      "САНКТ-ПЕТЕРБУРГ, 5 марта. /ТАСС/. Текст|САНКТ-ПЕТЕРБУРГ, 5 марта. /ТАСС/.|Санкт-Петербург|3|5||TASS",
      "WASHINGTON, D.C. (AP) — Text|WASHINGTON, D.C. (AP) —|Washington, D.C.|0|0||AP",
      "FT. LAUDERDALE, Fla. (AP) — Text|FT. LAUDERDALE, Fla. (AP) —|Ft. Lauderdale, Fla.|0|0||AP",
      "NEW DELHI, March 5 (Reuters) - Text|NEW DELHI, March 5 (Reuters) -|New Delhi|3|5||Reuters",
      "GENEVA, 5 March (Reuters) - Text|GENEVA, 5 March (Reuters) -|Geneva|3|5||Reuters",
      "ST. PETERSBURG, Fla. (AP) -- Text|ST. PETERSBURG, Fla. (AP) --|St. Petersburg, Fla.|0|0||AP",
  })
  void readsTheDatelineShapesOfTheAgencies(String paragraph, String raw, String place, int month,
      int day, Integer year, String agency) {
    DatelineParser.Match match = parser.parse(paragraph);
    assertThat(match).isNotNull();
    assertThat(match.raw()).isEqualTo(raw);
    assertThat(match.place()).isEqualTo(place);
    assertThat(match.month()).isEqualTo(month);
    assertThat(match.day()).isEqualTo(day);
    assertThat(match.year()).isEqualTo(year);
    assertThat(match.agency()).isEqualTo(agency);
    assertThat(match.rest()).isIn("Text", "Текст");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "NATO said on Monday it would send more jets.",
      "NATO - the alliance - said on Monday it would act.",
      "The UN — its food agency — warned on Friday.",
      "US President Joe Biden - speaking in Ohio - said.",
      "US - China talks resumed on Monday.",
      "Moscow - the capital - is cold in winter.",
      "The Kremlin said on Tuesday that talks were constructive.",
      "Russia's Central Bank (CBR) - the regulator - said.",
      "BREAKING — Something happened.",
      "EU ministers met in Brussels -- and agreed.",
      "NATO—The alliance said.",
      "GAZPROM — the gas giant — said.",
      "ROSATOM - the nuclear corporation - said.",
      "COVID—19 spread.",
      "Mr. Smith (Reuters) said nothing.",
      "FILE - Boxes of a drug sit on a shelf.",
      "BREAKING NEWS — Text",
      "LIVE UPDATES — Text",
      "JUST IN — Text",
      "FILE PHOTO - A view of the building.",
      "EDITOR’S NOTE — This story contains graphic details.",
      "(Updated) - Text",
      "(Unknown Agency) - Text",
      "(Reuters) - and then lower case.",
      "WASHINGTON POST reported on Friday - citing officials - that talks resumed.",
      "It was cold in MOSCOW, March 1 - really cold.",
      "",
      "-",
      "A",
  })
  void sentencesThatStartWithACapitalisedWordAreNoDatelines(String paragraph) {
    assertThat(parser.parse(paragraph)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {10_000, 1_000_000})
  void looksOnlyAtAShortPrefixOfAVeryLongLine(int length) {
    String tail = "A".repeat(length);
    long start = System.nanoTime();
    assertThat(parser.parse(tail)).isNull();
    assertThat(parser.parse("MOSCOW, March 1. /TASS/. " + tail).rest()).hasSize(length);
    assertThat(System.nanoTime() - start).isLessThan(500_000_000L);
  }
}
