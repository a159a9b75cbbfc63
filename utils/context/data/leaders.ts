/**
 * Heads of state and government and foreign ministers of the G20, the UN Security Council (permanent members and
 * those elected for 2025), both Koreas, Ukraine, Iran and Israel, and the heads of a few organisations: people
 * whose words stand for their country's. Offices change: this list is as of `LEADERS_AS_OF`, shown in the UI, and
 * readers correct or add entries on the options page. A few recent former leaders stay, marked "former", because
 * news still ties them to their country.
 */

/** The date the list below was last checked against the offices it names (ISO 8601). */
export const LEADERS_AS_OF = '2025-08-01';

/** A person tied to an actor. */
export interface LeaderEntry {
  /** Full name as usually written in English news. */
  name: string;
  /** Other spellings and the short forms news uses ("Zelenskyy", "Xi"). */
  aliases: string[];
  /** Actor id: a country's alpha-3 code or an organisation id ("org:UN"). */
  actor: string;
  role: string;
}

const p = (actor: string, role: string, name: string, ...aliases: string[]): LeaderEntry => ({ name, aliases, actor, role });

/** The built-in list. */
export const LEADERS: readonly LeaderEntry[] = [
  p('ARG', 'President', 'Javier Milei', 'Milei'),
  p('ARG', 'Foreign minister', 'Gerardo Werthein', 'Werthein'),
  p('AUS', 'Prime minister', 'Anthony Albanese', 'Albanese'),
  p('AUS', 'Foreign minister', 'Penny Wong'),
  p('BRA', 'President', 'Luiz Inácio Lula da Silva', 'Lula', 'Lula da Silva'),
  p('BRA', 'Foreign minister', 'Mauro Vieira'),
  p('CAN', 'Prime minister', 'Mark Carney', 'Carney'),
  p('CAN', 'Foreign minister', 'Anita Anand'),
  p('CAN', 'Former prime minister', 'Justin Trudeau', 'Trudeau'),
  p('CHN', 'President', 'Xi Jinping', 'Xi', 'Xi Jin-ping'),
  p('CHN', 'Premier', 'Li Qiang'),
  p('CHN', 'Foreign minister', 'Wang Yi'),
  p('FRA', 'President', 'Emmanuel Macron', 'Macron'),
  p('FRA', 'Prime minister', 'François Bayrou', 'Bayrou'),
  p('FRA', 'Foreign minister', 'Jean-Noël Barrot'),
  p('DEU', 'Chancellor', 'Friedrich Merz', 'Merz'),
  p('DEU', 'President', 'Frank-Walter Steinmeier', 'Steinmeier'),
  p('DEU', 'Foreign minister', 'Johann Wadephul', 'Wadephul'),
  p('DEU', 'Former chancellor', 'Olaf Scholz', 'Scholz'),
  p('IND', 'Prime minister', 'Narendra Modi', 'Modi'),
  p('IND', 'President', 'Droupadi Murmu'),
  p('IND', 'External affairs minister', 'Subrahmanyam Jaishankar', 'S. Jaishankar', 'Jaishankar'),
  p('IDN', 'President', 'Prabowo Subianto', 'Prabowo'),
  p('IDN', 'Foreign minister', 'Sugiono'),
  p('ITA', 'Prime minister', 'Giorgia Meloni', 'Meloni'),
  p('ITA', 'President', 'Sergio Mattarella', 'Mattarella'),
  p('ITA', 'Foreign minister', 'Antonio Tajani', 'Tajani'),
  p('JPN', 'Prime minister', 'Shigeru Ishiba', 'Ishiba'),
  p('JPN', 'Foreign minister', 'Takeshi Iwaya', 'Iwaya'),
  p('JPN', 'Former prime minister', 'Fumio Kishida', 'Kishida'),
  p('MEX', 'President', 'Claudia Sheinbaum', 'Sheinbaum'),
  p('MEX', 'Foreign minister', 'Juan Ramón de la Fuente'),
  p('RUS', 'President', 'Vladimir Putin', 'Putin'),
  p('RUS', 'Prime minister', 'Mikhail Mishustin', 'Mishustin'),
  p('RUS', 'Foreign minister', 'Sergei Lavrov', 'Sergey Lavrov', 'Lavrov'),
  p('RUS', 'Kremlin spokesman', 'Dmitry Peskov', 'Peskov'),
  p('SAU', 'King', 'Salman bin Abdulaziz', 'King Salman'),
  p('SAU', 'Crown prince and prime minister', 'Mohammed bin Salman', 'MBS'),
  p('SAU', 'Foreign minister', 'Faisal bin Farhan'),
  p('ZAF', 'President', 'Cyril Ramaphosa', 'Ramaphosa'),
  p('ZAF', 'Foreign minister', 'Ronald Lamola', 'Lamola'),
  p('KOR', 'President', 'Lee Jae-myung', 'Lee Jae Myung'),
  p('KOR', 'Prime minister', 'Kim Min-seok', 'Kim Min Seok'),
  p('KOR', 'Foreign minister', 'Cho Hyun'),
  p('KOR', 'Former president', 'Yoon Suk Yeol', 'Yoon Suk-yeol', 'Yoon'),
  p('TUR', 'President', 'Recep Tayyip Erdoğan', 'Erdoğan', 'Erdogan'),
  p('TUR', 'Foreign minister', 'Hakan Fidan', 'Fidan'),
  p('GBR', 'Prime minister', 'Keir Starmer', 'Starmer'),
  p('GBR', 'King', 'King Charles III', 'King Charles'),
  p('GBR', 'Foreign secretary', 'David Lammy', 'Lammy'),
  p('USA', 'President', 'Donald Trump', 'Trump'),
  p('USA', 'Vice president', 'JD Vance', 'J.D. Vance', 'Vance'),
  p('USA', 'Secretary of state', 'Marco Rubio', 'Rubio'),
  p('USA', 'Former president', 'Joe Biden', 'Biden'),
  p('USA', 'Former secretary of state', 'Antony Blinken', 'Blinken'),
  // Former leaders whose years in office much of the news still read is about (and its archives).
  p('USA', 'Former president', 'Barack Obama', 'Obama'),
  p('USA', 'Former secretary of state', 'Mike Pompeo', 'Pompeo'),
  p('GBR', 'Former prime minister', 'Boris Johnson'),
  p('GBR', 'Former prime minister', 'Theresa May'),
  p('GBR', 'Former prime minister', 'Rishi Sunak', 'Sunak'),
  p('DEU', 'Former chancellor', 'Angela Merkel', 'Merkel'),
  p('JPN', 'Former prime minister', 'Shinzo Abe'),
  p('IRN', 'Former president', 'Hassan Rouhani', 'Rouhani'),
  p('KOR', 'Former president', 'Moon Jae-in'),
  p('org:EU', 'Commission president', 'Ursula von der Leyen', 'von der Leyen'),
  p('org:EU', 'Council president', 'António Costa'),
  p('org:EU', 'Foreign policy chief', 'Kaja Kallas', 'Kallas'),
  p('org:AU', 'Commission chairperson', 'Mahmoud Ali Youssouf'),
  p('org:UN', 'Secretary-general', 'António Guterres', 'Guterres'),
  p('org:NATO', 'Secretary-general', 'Mark Rutte', 'Rutte'),
  p('org:IAEA', 'Director-general', 'Rafael Grossi', 'Grossi'),
  p('org:WHO', 'Director-general', 'Tedros Adhanom Ghebreyesus', 'Tedros'),
  // UN Security Council members elected for 2025.
  p('DZA', 'President', 'Abdelmadjid Tebboune', 'Tebboune'),
  p('DZA', 'Foreign minister', 'Ahmed Attaf'),
  p('DNK', 'Prime minister', 'Mette Frederiksen'),
  p('DNK', 'Foreign minister', 'Lars Løkke Rasmussen'),
  p('GRC', 'Prime minister', 'Kyriakos Mitsotakis', 'Mitsotakis'),
  p('GRC', 'Foreign minister', 'Giorgos Gerapetritis', 'Gerapetritis'),
  p('GUY', 'President', 'Irfaan Ali'),
  p('GUY', 'Foreign minister', 'Hugh Todd'),
  p('PAK', 'Prime minister', 'Shehbaz Sharif'),
  p('PAK', 'President', 'Asif Ali Zardari', 'Zardari'),
  p('PAK', 'Foreign minister', 'Ishaq Dar'),
  p('PAN', 'President', 'José Raúl Mulino', 'Mulino'),
  p('PAN', 'Foreign minister', 'Javier Martínez-Acha'),
  p('SLE', 'President', 'Julius Maada Bio'),
  p('SLE', 'Foreign minister', 'Timothy Musa Kabba'),
  p('SVN', 'Prime minister', 'Robert Golob', 'Golob'),
  p('SVN', 'Foreign minister', 'Tanja Fajon'),
  p('SOM', 'President', 'Hassan Sheikh Mohamud'),
  p('SOM', 'Prime minister', 'Hamza Abdi Barre'),
  // Both Koreas, Ukraine, Iran, Israel.
  p('PRK', 'Leader', 'Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'),
  p('PRK', 'Foreign minister', 'Choe Son Hui', 'Choe Son-hui'),
  p('PRK', 'Senior official', 'Kim Yo Jong', 'Kim Yo-jong'),
  p('UKR', 'President', 'Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskyy'),
  p('UKR', 'Prime minister', 'Yulia Svyrydenko', 'Svyrydenko'),
  p('UKR', 'Foreign minister', 'Andrii Sybiha', 'Andriy Sybiha', 'Sybiha'),
  p('IRN', 'Supreme leader', 'Ali Khamenei', 'Ayatollah Ali Khamenei', 'Khamenei'),
  p('IRN', 'President', 'Masoud Pezeshkian', 'Pezeshkian'),
  p('IRN', 'Foreign minister', 'Abbas Araghchi', 'Araghchi'),
  p('ISR', 'Prime minister', 'Benjamin Netanyahu', 'Netanyahu'),
  p('ISR', 'President', 'Isaac Herzog', 'Herzog'),
  p('ISR', 'Foreign minister', "Gideon Sa'ar", 'Gideon Saar'),
];
