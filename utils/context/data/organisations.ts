/**
 * International organisations, blocs and armed groups Sidelight names as actors. The project's own list.
 * Aliases written in capitals (NATO, UN, U.N.) match only text written in capitals, so "who" is never WHO.
 */

/** What kind of actor an entry is. */
export type ActorKind = 'country' | 'bloc' | 'organisation' | 'group';

/** An actor that is not a country. */
export interface OrganisationEntry {
  /** Stable id, "org:" + short name ("org:NATO"). */
  id: string;
  /** The name shown ("NATO", "United Nations"). */
  name: string;
  kind: Exclude<ActorKind, 'country'>;
  aliases: string[];
}

const org = (short: string, name: string, kind: OrganisationEntry['kind'], aliases: string[]): OrganisationEntry => ({
  id: `org:${short}`,
  name,
  kind,
  aliases,
});

/** Organisations, blocs and groups, with the names news writing uses for them. */
export const ORGANISATIONS: readonly OrganisationEntry[] = [
  org('UN', 'United Nations', 'organisation', ['UN', 'U.N.', 'United Nations', 'Security Council', 'UN Security Council', 'General Assembly', 'UNSC', 'UNHCR', 'UNICEF', 'UNRWA', 'World Food Programme', 'UN Secretary-General']),
  org('NATO', 'NATO', 'bloc', ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Council']),
  org('EU', 'European Union', 'bloc', ['EU', 'E.U.', 'European Union', 'European Commission', 'European Council', 'European Parliament', 'Brussels']),
  org('ASEAN', 'ASEAN', 'bloc', ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations']),
  org('OPEC', 'OPEC', 'bloc', ['OPEC', 'Opec', 'OPEC+', 'Organization of the Petroleum Exporting Countries']),
  org('IAEA', 'IAEA', 'organisation', ['IAEA', 'International Atomic Energy Agency']),
  org('G7', 'G7', 'bloc', ['G7', 'G-7', 'Group of Seven']),
  org('G20', 'G20', 'bloc', ['G20', 'G-20', 'Group of 20', 'Group of Twenty']),
  org('BRICS', 'BRICS', 'bloc', ['BRICS', 'Brics']),
  org('AU', 'African Union', 'bloc', ['African Union']),
  org('ArabLeague', 'Arab League', 'bloc', ['Arab League', 'League of Arab States']),
  org('GCC', 'Gulf Cooperation Council', 'bloc', ['GCC', 'Gulf Cooperation Council']),
  org('SCO', 'Shanghai Cooperation Organisation', 'bloc', ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization']),
  org('AUKUS', 'AUKUS', 'bloc', ['AUKUS', 'Aukus']),
  org('Quad', 'the Quad', 'bloc', ['Quadrilateral Security Dialogue']),
  org('ECOWAS', 'ECOWAS', 'bloc', ['ECOWAS', 'Ecowas', 'Economic Community of West African States']),
  org('OSCE', 'OSCE', 'organisation', ['OSCE', 'Organization for Security and Co-operation in Europe']),
  org('CSTO', 'CSTO', 'bloc', ['CSTO', 'Collective Security Treaty Organization']),
  org('Mercosur', 'Mercosur', 'bloc', ['Mercosur', 'MERCOSUR']),
  org('OAS', 'Organization of American States', 'organisation', ['Organization of American States']),
  org('WHO', 'World Health Organization', 'organisation', ['WHO', 'World Health Organization', 'World Health Organisation']),
  org('WTO', 'World Trade Organization', 'organisation', ['WTO', 'World Trade Organization', 'World Trade Organisation']),
  org('IMF', 'IMF', 'organisation', ['IMF', 'International Monetary Fund']),
  org('WorldBank', 'World Bank', 'organisation', ['World Bank']),
  org('ICC', 'International Criminal Court', 'organisation', ['International Criminal Court']),
  org('ICJ', 'International Court of Justice', 'organisation', ['ICJ', 'International Court of Justice', 'World Court']),
  org('ICRC', 'Red Cross', 'organisation', ['ICRC', 'Red Cross', 'International Committee of the Red Cross']),
  org('Hamas', 'Hamas', 'group', ['Hamas']),
  org('Hezbollah', 'Hezbollah', 'group', ['Hezbollah', 'Hizbollah', 'Hizballah']),
  org('Houthis', 'the Houthis', 'group', ['Houthis', 'Houthi', 'Ansar Allah']),
  org('Taliban', 'the Taliban', 'group', ['Taliban']),
  org('IS', 'Islamic State', 'group', ['Islamic State', 'Islamic State group', 'ISIS', 'ISIL', 'Daesh']),
];
