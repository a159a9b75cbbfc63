/**
 * The project's own additions to the country data: the places and buildings news writing puts for a government
 * ("Beijing said", "the Kremlin denied"), adjectives the dataset lacks ("Philippine", "US"), and phrases that
 * contain a country's name without meaning the country ("South China Sea", "The Washington Post").
 */

/** Alias → actor id (a country's alpha-3 code or an organisation id). */
export const METONYMS: Readonly<Record<string, string>> = {
  // United States
  Washington: 'USA', 'White House': 'USA', Pentagon: 'USA', 'State Department': 'USA', 'Oval Office': 'USA',
  'Capitol Hill': 'USA', US: 'USA', 'U.S.': 'USA', 'U.S.A.': 'USA', America: 'USA', 'United States': 'USA',
  // United Kingdom
  'Downing Street': 'GBR', Whitehall: 'GBR', 'Foreign Office': 'GBR', Britain: 'GBR', 'U.K.': 'GBR',
  // China
  Beijing: 'CHN', Zhongnanhai: 'CHN', PRC: 'CHN', "People's Liberation Army": 'CHN', PLA: 'CHN',
  'China Coast Guard': 'CHN', 'Chinese Communist Party': 'CHN', 'Communist Party of China': 'CHN',
  // Russia
  Kremlin: 'RUS', Moscow: 'RUS', Duma: 'RUS',
  // Koreas
  Pyongyang: 'PRK', Seoul: 'KOR', 'Blue House': 'KOR', Yongsan: 'KOR',
  // Others often named for their governments
  Kyiv: 'UKR', Kiev: 'UKR', Tokyo: 'JPN', Tehran: 'IRN', Teheran: 'IRN', Jerusalem: 'ISR', 'Tel Aviv': 'ISR',
  Knesset: 'ISR', Manila: 'PHL', 'Malacañang': 'PHL', Malacanang: 'PHL', Philippine: 'PHL', Filipinos: 'PHL',
  Ankara: 'TUR', Turkey: 'TUR', 'New Delhi': 'IND', Delhi: 'IND', Islamabad: 'PAK', Riyadh: 'SAU',
  'Abu Dhabi': 'ARE', Doha: 'QAT', Cairo: 'EGY', Taipei: 'TWN', Canberra: 'AUS', Ottawa: 'CAN', Berlin: 'DEU',
  Bundestag: 'DEU', Paris: 'FRA', 'Élysée': 'FRA', Elysee: 'FRA', Rome: 'ITA', Madrid: 'ESP', Warsaw: 'POL',
  Minsk: 'BLR', Damascus: 'SYR', Beirut: 'LBN', Baghdad: 'IRQ', Caracas: 'VEN', Havana: 'CUB', Hanoi: 'VNM',
  Jakarta: 'IDN', Bangkok: 'THA', Brasília: 'BRA', Brasilia: 'BRA', 'Buenos Aires': 'ARG', Pretoria: 'ZAF',
  'Mexico City': 'MEX', Holland: 'NLD', Emirati: 'ARE', Saudis: 'SAU', Israelis: 'ISR', Palestinians: 'PSE',
  Ukrainians: 'UKR', Russians: 'RUS', Americans: 'USA', Iranians: 'IRN', Chinese: 'CHN',
  // State agencies, which show their state in a sentence but do not make it salient (`STATE_AGENCIES`).
  NASA: 'USA', FBI: 'USA', CIA: 'USA', Roscosmos: 'RUS', FSB: 'RUS', Mossad: 'ISR', MI5: 'GBR', MI6: 'GBR',
  GCHQ: 'GBR', ISRO: 'IND', JAXA: 'JPN',
};

/**
 * Agencies of a state ("NASA said", "the FBI is investigating"): a sentence about them is evidence of the state's
 * stake, but they add nothing to its salience, so a science story about NASA's probes gives the United States no
 * card.
 */
export const STATE_AGENCIES: readonly string[] = [
  'NASA', 'FBI', 'CIA', 'Roscosmos', 'FSB', 'Mossad', 'MI5', 'MI6', 'GCHQ', 'ISRO', 'JAXA',
];

/** Phrases that contain a country's name or demonym but are places, outlets or events, not the country. */
export const NOT_ACTORS: readonly string[] = [
  'South China Sea', 'East China Sea', 'South China Morning Post', 'West Philippine Sea', 'Philippine Sea',
  'Sea of Japan', 'Korean Peninsula', 'Korean War', 'Indian Ocean', 'Persian Gulf', 'Arabian Sea', 'Gulf of Mexico',
  'Niger Delta', 'Congo River', 'Washington Post', 'Washington Times', 'New York', 'New Mexico', 'New Jersey',
  'New South Wales', 'Georgia Tech', 'Moscow Times', 'Kyiv Independent', 'Kyiv Post', 'Tehran Times', 'Korea Herald',
  'Korea Times', 'Times of Israel', 'Jerusalem Post', 'Japan Times', 'Paris Hilton', 'Rome Statute', 'Native American',
  'Native Americans', 'Latin America', 'Latin American', 'North America', 'South America', 'Central America',
  'American Samoa', 'Turkey Point', 'Jordan River', 'British Columbia', 'British Museum', 'Indian Premier League',
  'Chinese New Year', 'Dutch Harbor', 'Washington State', 'George Washington', 'Denzel Washington',
];

/**
 * Of the aliases below, those that name one country and count where the same text also names that country
 * unambiguously ("Jordan" beside "Jordanian" or "Amman"; never "Michael Jordan", a name inside a name).
 */
export const DISCOURSE_ALIASES: readonly string[] = ['Jordan', 'Chad', 'Niger', 'Guinea', 'Macedonia'];

/** Aliases dropped because they name several countries, or are common words or first names in English text. */
export const AMBIGUOUS_ALIASES: readonly string[] = [
  'Congolese', 'Korean', 'Korea', 'Congo', 'Guinean', 'Guinea', 'Samoan', 'Timor', 'Jordan', 'Chad', 'Victoria',
  'Kingston', 'Georgetown', 'Santiago', 'San José', 'Saint George', 'Dominican', 'Niger', 'Nigerien',
  'Macedonia', 'Macedonian', 'Republic of the Congo', 'Washington D.C.', 'Island', 'Sofia', 'Dominique', 'Lao',
  // "Emirates" alone is usually the airline; the country is "the UAE" or "the United Arab Emirates".
  'Emirates',
];
