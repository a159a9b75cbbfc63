/**
 * Stories of the real feeds in ../shared that the matcher once showed as "Same story" beside the report that
 * established an article's event, labelled by this project (session 23, headline against headline, one person):
 * false where the story is another event that shares the article's subject and a word ("Ukraine: Why the cartoon
 * Masyanya was banned in Russia" beside the EU's ban on Russian coal; Elon Musk joining Twitter's board beside
 * Twitter's edit button; a roundup or a guide beside a report), true for reports of the same event that must stay
 * "Same story". Each article is a feed story ranked with its own feed left out (same-day.test.ts). Ids are
 * `feed folder#position` (tests/support/real-feeds.ts); no text is copied here.
 */
import type { LabelledPair } from './same-day-labels';

export const JOINED_PAIRS: readonly LabelledPair[] = [
  ['209824d01f039dde14e22fbd7155c86c#1', '66aa305559c0c7f86f06dc7e7eef7271#14', false],
  ['209824d01f039dde14e22fbd7155c86c#17', '66aa305559c0c7f86f06dc7e7eef7271#14', false],
  ['209824d01f039dde14e22fbd7155c86c#17', '66aa305559c0c7f86f06dc7e7eef7271#4', false],
  ['209824d01f039dde14e22fbd7155c86c#17', 'f43bed9864944644236fc65967b2e178#20', false],
  ['209824d01f039dde14e22fbd7155c86c#82', '66aa305559c0c7f86f06dc7e7eef7271#2', false],
  ['209824d01f039dde14e22fbd7155c86c#82', 'c5e0e65569698bc9792cddb93cca6c68#10', false],
  ['209824d01f039dde14e22fbd7155c86c#82', 'c5e0e65569698bc9792cddb93cca6c68#5', false],
  ['209824d01f039dde14e22fbd7155c86c#82', 'f43bed9864944644236fc65967b2e178#20', false],
  ['2d055498ae801efb0bf0b6124009cac2#0', 'f43bed9864944644236fc65967b2e178#20', false],
  ['2d055498ae801efb0bf0b6124009cac2#21', '209824d01f039dde14e22fbd7155c86c#96', false],
  ['2d055498ae801efb0bf0b6124009cac2#3', '209824d01f039dde14e22fbd7155c86c#27', false],
  ['2d055498ae801efb0bf0b6124009cac2#67', '209824d01f039dde14e22fbd7155c86c#1', false],
  ['2d055498ae801efb0bf0b6124009cac2#67', 'f43bed9864944644236fc65967b2e178#20', false],
  ['b95ff33276f20bd8ba5acf261a2df840#3', '209824d01f039dde14e22fbd7155c86c#41', false],
  ['b95ff33276f20bd8ba5acf261a2df840#3', '66aa305559c0c7f86f06dc7e7eef7271#18', false],
  ['b95ff33276f20bd8ba5acf261a2df840#3', '6d80261f6c746f21214c3ea9d006ec07#56', false],
  ['b95ff33276f20bd8ba5acf261a2df840#3', 'c5e0e65569698bc9792cddb93cca6c68#44', false],
  ['c5e0e65569698bc9792cddb93cca6c68#1', 'b29a235ee4d1af745aa04dea7ea59310#2', false],
  ['c5e0e65569698bc9792cddb93cca6c68#3', '209824d01f039dde14e22fbd7155c86c#89', false],
  ['182cf60c6e9d1f6f7d1f557176ca5a84#1', 'b95ff33276f20bd8ba5acf261a2df840#3', true],
  ['66aa305559c0c7f86f06dc7e7eef7271#0', '2d055498ae801efb0bf0b6124009cac2#64', true],
  ['66aa305559c0c7f86f06dc7e7eef7271#6', '2d055498ae801efb0bf0b6124009cac2#3', true],
  ['66aa305559c0c7f86f06dc7e7eef7271#11', 'b50cfa0fa67a27325debb5bce9a55401#3', true],
  ['66aa305559c0c7f86f06dc7e7eef7271#28', 'b29a235ee4d1af745aa04dea7ea59310#6', true],
  ['c5e0e65569698bc9792cddb93cca6c68#15', '209824d01f039dde14e22fbd7155c86c#6', true],
  ['c5e0e65569698bc9792cddb93cca6c68#44', '66aa305559c0c7f86f06dc7e7eef7271#17', true],
];
