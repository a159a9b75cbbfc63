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
  org('UN', 'United Nations', 'organisation', ['UN', 'U.N.', 'United Nations', 'Security Council', 'UN Security Council', 'General Assembly', 'UNSC', 'UNHCR', 'UNICEF', 'UNRWA', 'World Food Programme', 'UN Secretary-General',
    // In French, Spanish, German, Italian and Portuguese news.
    'ONU', 'Nations unies', 'Nations Unies', 'Organisation des Nations unies', 'Naciones Unidas', 'Organización de las Naciones Unidas', 'Vereinte Nationen', 'Vereinten Nationen', 'Nazioni Unite', 'Nações Unidas', 'Conseil de sécurité', 'Consejo de Seguridad', 'Sicherheitsrat', 'UNO']),
  org('NATO', 'NATO', 'bloc', ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Council',
    // In French, Spanish, German, Italian and Portuguese news.
    'OTAN']),
  org('EU', 'European Union', 'bloc', ['EU', 'E.U.', 'European Union', 'European Commission', 'European Council', 'European Parliament', 'Brussels',
    // In French, Spanish, German, Italian and Portuguese news.
    'UE', 'Union européenne', 'Commission européenne', 'Unión Europea', 'Comisión Europea', 'Europäische Union', 'Europäischen Union', 'EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission', 'Unione europea', 'Unione Europea', 'Commissione europea', 'União Europeia', 'Comissão Europeia']),
  org('ASEAN', 'ASEAN', 'bloc', ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations']),
  org('OPEC', 'OPEC', 'bloc', ['OPEC', 'Opec', 'OPEC+', 'Organization of the Petroleum Exporting Countries']),
  org('IAEA', 'IAEA', 'organisation', ['IAEA', 'International Atomic Energy Agency',
    // In French, Spanish, German, Italian and Portuguese news.
    'AIEA', 'OIEA']),
  org('G7', 'G7', 'bloc', ['G7', 'G-7', 'Group of Seven']),
  org('G20', 'G20', 'bloc', ['G20', 'G-20', 'Group of 20', 'Group of Twenty']),
  org('BRICS', 'BRICS', 'bloc', ['BRICS', 'Brics']),
  org('AU', 'African Union', 'bloc', ['African Union',
    // In French, Spanish, German, Italian and Portuguese news.
    'Union africaine', 'Unión Africana', 'Afrikanische Union', 'Unione africana', 'União Africana']),
  org('ArabLeague', 'Arab League', 'bloc', ['Arab League', 'League of Arab States',
    // In French, Spanish, German, Italian and Portuguese news.
    'Ligue arabe', 'Liga Árabe', 'Arabische Liga', 'Lega araba']),
  org('GCC', 'Gulf Cooperation Council', 'bloc', ['GCC', 'Gulf Cooperation Council']),
  org('SCO', 'Shanghai Cooperation Organisation', 'bloc', ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization']),
  org('AUKUS', 'AUKUS', 'bloc', ['AUKUS', 'Aukus']),
  org('Quad', 'the Quad', 'bloc', ['Quadrilateral Security Dialogue']),
  org('ECOWAS', 'ECOWAS', 'bloc', ['ECOWAS', 'Ecowas', 'Economic Community of West African States',
    // In French, Spanish, German, Italian and Portuguese news.
    'Cedeao', 'CEDEAO', 'Communauté économique des États de l\'Afrique de l\'Ouest', 'Comunidad Económica de los Estados de África Occidental']),
  org('OSCE', 'OSCE', 'organisation', ['OSCE', 'Organization for Security and Co-operation in Europe']),
  org('CSTO', 'CSTO', 'bloc', ['CSTO', 'Collective Security Treaty Organization']),
  org('Mercosur', 'Mercosur', 'bloc', ['Mercosur', 'MERCOSUR']),
  org('OAS', 'Organization of American States', 'organisation', ['Organization of American States']),
  org('WHO', 'World Health Organization', 'organisation', ['WHO', 'World Health Organization', 'World Health Organisation',
    // In French, Spanish, German, Italian and Portuguese news.
    'OMS', 'Organisation mondiale de la santé', 'Organización Mundial de la Salud', 'Weltgesundheitsorganisation', 'Organizzazione mondiale della sanità', 'Organização Mundial da Saúde']),
  org('WTO', 'World Trade Organization', 'organisation', ['WTO', 'World Trade Organization', 'World Trade Organisation',
    // In French, Spanish, German, Italian and Portuguese news.
    'OMC', 'Organisation mondiale du commerce', 'Organización Mundial del Comercio', 'Welthandelsorganisation']),
  org('IMF', 'IMF', 'organisation', ['IMF', 'International Monetary Fund',
    // In French, Spanish, German, Italian and Portuguese news.
    'FMI', 'Fonds monétaire international', 'Fondo Monetario Internacional', 'IWF', 'Internationale Währungsfonds', 'Internationalen Währungsfonds', 'Fundo Monetário Internacional', 'Fondo monetario internazionale']),
  org('WorldBank', 'World Bank', 'organisation', ['World Bank',
    // In French, Spanish, German, Italian and Portuguese news.
    'Banque mondiale', 'Banco Mundial', 'Weltbank', 'Banca mondiale']),
  org('ICC', 'International Criminal Court', 'organisation', ['International Criminal Court']),
  org('ICJ', 'International Court of Justice', 'organisation', ['ICJ', 'International Court of Justice', 'World Court']),
  org('ICRC', 'Red Cross', 'organisation', ['ICRC', 'Red Cross', 'International Committee of the Red Cross',
    // In French, Spanish, German, Italian and Portuguese news.
    'Croix-Rouge', 'Cruz Roja', 'Rotes Kreuz', 'Croce Rossa']),
  org('Hamas', 'Hamas', 'group', ['Hamas']),
  org('Hezbollah', 'Hezbollah', 'group', ['Hezbollah', 'Hizbollah', 'Hizballah']),
  org('Houthis', 'the Houthis', 'group', ['Houthis', 'Houthi', 'Ansar Allah']),
  org('Taliban', 'the Taliban', 'group', ['Taliban']),
  org('IS', 'Islamic State', 'group', ['Islamic State', 'Islamic State group', 'ISIS', 'ISIL', 'Daesh']),
];
