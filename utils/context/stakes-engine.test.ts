/**
 * The stakes engine on articles written for this test: whose story it is (with and without other reports), names
 * that are not actors, pages with no actor, languages beyond English, and what a mention does in its sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Article, MatchResult, Story } from '../types';
import { asMatch } from '../../tests/support/fixture-world';
import { buildStoryContext } from './build-context';
import { focalActors } from './focal';
import { gazetteerFor } from './gazetteer';
import { articleDoc } from './corpus';
import { findMentions } from './mentions';

const NOW = Date.UTC(2026, 10, 25, 12);
const settings = { pinned: [], people: [] };
const article = (title: string, paragraphs: string[], lang: string | null = 'en'): Article => ({
  url: 'https://meridian.example/world/story',
  title,
  siteName: 'The Meridian Post',
  byline: null,
  publishedTime: new Date(NOW - 3600_000).toISOString(),
  lang,
  lead: paragraphs[0] ?? '',
  text: paragraphs.join('\n\n'),
});
const contextOf = (a: Article, same: MatchResult[] = []) =>
  buildStoryContext({ article: a, same, related: [], sources: [], settings, now: NOW });

const CHINA = article('China faces implications as North Korea deploys troops to Russia', [
  'North Korea has sent about 10,000 soldiers to Russia’s Kursk region, South Korean intelligence said on Thursday.',
  'Why it matters',
  'China faces implications for regional stability, because Beijing has long presented itself as the restraining hand on Pyongyang. Chinese officials fear the deployment will pull Moscow and Pyongyang closer than Beijing would like.',
  'The Chinese foreign ministry said it was not aware of the situation and urged all parties to seek a political settlement.',
  'Pyongyang has not confirmed sending troops. Kim Jong Un’s government wants Russian technology and cash in return, analysts say.',
  'The Kremlin said its cooperation with North Korea was its own business.',
  'North Korean troops were seen training near Vladivostok, and North Korea has not fought in a foreign war in decades.',
]);

const report = (i: number): MatchResult => {
  const story: Story = {
    id: `r${i}`,
    url: `https://wire${i}.example/r`,
    title: `North Korea sends more troops; North Korean units reach the front`,
    summary:
      'North Korea confirmed the deployment. North Korean officers met Russian commanders as Pyongyang sent more soldiers.',
    outlet: `Wire ${i}`,
    published: NOW - 7200_000,
    dateIsFetchTime: false,
    sourceIds: [`s${i}`],
    image: null,
    firstSeen: NOW,
  };
  return asMatch(story);
};

describe('whose story it is', () => {
  const ctx = contextOf(CHINA);

  it('puts the headline subject first, as the focal card, whatever the mention counts', () => {
    expect(ctx.stakes[0]?.heading).toBe("China's stake");
    expect(ctx.stakes[0]?.focal).toBe(true);
    expect(ctx.stakes.map((c) => c.name)).toEqual(expect.arrayContaining(['North Korea', 'Russia']));
  });

  it('keeps it first when ten other reports name only North Korea', () => {
    const withReports = contextOf(
      CHINA,
      Array.from({ length: 10 }, (_, i) => report(i)),
    );
    expect(withReports.stakes[0]?.name).toBe('China');
    expect(withReports.stakes.find((c) => c.name === 'North Korea')?.focal).toBe(false);
  });

  it('quotes for North Korea no sentence whose subject is China', () => {
    const northKorea = ctx.stakes.find((c) => c.name === 'North Korea');
    const quoted = northKorea?.inArticle.map((s) => s.quote.text) ?? [];
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.some((q) => q.startsWith('China faces implications'))).toBe(false);
  });

  it("ranks an analyst's words about an actor below a sentence where it acts", () => {
    const acts = 'The United States hopes to finish the framework of an agreement with Iran this month.';
    const analyst = '“The United States wants a deal,” said a senior fellow at a think tank.';
    const vote = 'Israelis voted on Tuesday in an election seen as a test of the prime minister.';
    const us = contextOf(article('Israel votes as talks stall', [vote, acts, analyst])).stakes.find(
      (c) => c.name === 'United States',
    );
    expect(us?.inArticle[0]?.quote.text).toBe(acts);
  });

  it('ranks a sentence whose subject is someone who is no actor below one about the actor itself', () => {
    const ctx = contextOf(
      article('Sweden drops its inquiry into WikiLeaks founder', [
        'Swedish prosecutors said on Tuesday that they had dropped the case for lack of evidence.',
        'Julian Marsh, who denies the accusation, has avoided extradition to Sweden for seven years.',
        'The Swedish inquiry had been shelved in 2017 but was reopened this spring.',
      ]),
    );
    const quoted = ctx.stakes.find((c) => c.name === 'Sweden')?.inArticle.map((q) => q.quote.text) ?? [];
    expect(quoted).toHaveLength(3);
    expect(quoted.findIndex((q) => q.startsWith('Julian Marsh'))).toBeGreaterThan(
      quoted.findIndex((q) => q.startsWith('The Swedish inquiry')),
    );
  });

  it("opens each card with one line of the article's own words", () => {
    const china = ctx.stakes[0];
    expect(china?.line).toBeTruthy();
    const words = (china?.line ?? '').replace(/…/g, '').split(/\s+/).filter(Boolean);
    const source = china?.inArticle[0]?.quote.text ?? '';
    for (const w of words) expect(source).toContain(w);
  });

  it('is what focalActors gives other parts of Sidelight', () => {
    expect(focalActors(CHINA.title, CHINA.text)[0]).toEqual({ id: 'CHN', name: 'China' });
    expect(
      focalActors('A new phone with a bigger screen', 'The phone is thinner and the battery lasts longer.'),
    ).toEqual([]);
  });
});

describe('only real actors', () => {
  it('gives no card to a country inside a company, hotel or link line, and says nothing is at stake', () => {
    const ctx = contextOf(
      article('Web company sale leaves shareholders with little say', [
        'The deal will leave the web company with its stakes in Alibaba Group and Yahoo Japan, and shareholders have little say in it.',
        'The actress said her dress was taken from her room at The London West Hollywood on Thursday night.',
        '[Read: Tunisia sends most foreign fighters to Islamic State in Syria]',
        'Lawyers for the company said the sale would close next year, once regulators approve it.',
      ]),
    );
    expect(ctx.stakes).toEqual([]);
    expect(ctx.alsoAtStake).toEqual([]);
    expect(ctx.quiet).toBeNull();
  });

  it('quotes no repeated headline, no caption pointing at a picture and no credit glued to a caption', () => {
    const ctx = contextOf(
      article('Esper accuses China of intimidating smaller Asian nations', [
        'Esper accuses China of intimidating smaller Asian nations',
        'US Defense Secretary Mark Esper (left) and his Vietnamese counterpart in Hanoi AP',
        'The harbour in Haiphong, Vietnam, where Chinese ships docked last yearCredit: EPA',
        'U.S. Defense Secretary Mark Esper on Wednesday accused China of using coercion against smaller Asian nations.',
        'China has rejected the charge and said the United States was stirring up trouble in the region.',
        'Vietnam has accused Beijing of encroaching into its waters.',
      ]),
    );
    const quoted = ctx.stakes.flatMap((c) => c.inArticle.map((q) => q.quote.text));
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((q) => /\(left\)|Credit:|^Esper accuses/u.test(q))).toEqual([]);
  });

  it('quotes no headline of a link list, no bracketed photo credit and no media caption, and gives them no card', () => {
    const ctx = contextOf(
      article('Two US soldiers killed in helicopter crash in Afghanistan', [
        'About 12,000 US troops remain in Afghanistan, years after Washington sent them there [File: Reuters]',
        'Two US soldiers were killed when their helicopter crashed in Afghanistan, the US military said on Wednesday.',
        'More:',
        'China hosts talks between Taliban and Afghan officials',
        'Young Afghans must be heard, says UN envoy',
        'Media captionSoldiers carry a coffin at an air base in Delaware',
        'The Taliban said they had shot the helicopter down, a claim the US military denied.',
        'The Afghan government said it was investigating the crash.',
      ]),
    );
    const shown = ctx.stakes.map((c) => c.name);
    expect(shown).toContain('United States');
    expect(shown).not.toContain('China');
    expect(shown).not.toContain('United Nations');
    const quoted = ctx.stakes.flatMap((c) => c.inArticle.map((q) => q.quote.text));
    expect(quoted.filter((q) => /\[File|^China hosts|^Young Afghans|^Media caption/u.test(q))).toEqual([]);
  });

  it('reads "Jordan" as the country only where the article also names it unambiguously', () => {
    const names = (title: string, paragraphs: string[]) =>
      contextOf(article(title, paragraphs)).stakes.map((c) => c.name);
    expect(
      names('Refugees strain Jordan as aid dwindles', [
        'Jordan has admitted more than 1.4 million Syrian refugees, overwhelming its economy and its schools.',
        'Jordan wants donors to pay what they pledged, and fears that the camps will be forgotten.',
        'A Jordanian teacher said her classes had doubled in size.',
      ]),
    ).toContain('Jordan');
    expect(
      names('Jordan signs a deal for a memoir about his years in business', [
        'Jordan said the memoir would describe his years in business and his family.',
        'Jordan wants the book out before the summer, his publisher said on Tuesday.',
      ]),
    ).not.toContain('Jordan');
  });

  it("gives no card for a state agency alone: a science story about NASA is not the United States' stake", () => {
    const map = 'NASA said the map was based on radar and infrared data collected by its Cassini spacecraft.';
    const drone = 'The US space agency plans to launch a drone to study the chemistry of Titan in 2026.';
    const lakes = 'Scientists said the lakes of the moon hold liquid methane and ethane.';
    const titan = article('NASA unveils the first geological map of Titan', [map, drone, lakes]);
    expect(contextOf(titan).stakes.map((c) => c.name)).toEqual([]);
  });

  it('shows no card on a sports report, and says why', () => {
    const ctx = contextOf(
      article('Spain beat Portugal to reach the final', [
        'Spain beat Portugal 2-1 in the semifinal on Saturday, with the striker scoring twice in the second half.',
        'The coach said the team had played its best match of the tournament, and the players thanked the fans.',
        'Portugal’s goalkeeper saved a penalty, but the squad could not find an equaliser before the referee ended the match.',
        'Spain will play France in the final at the national stadium on Tuesday.',
      ]),
    );
    expect(ctx.stakes).toEqual([]);
    expect(ctx.quiet).toBe('sports');
  });
});

describe('beyond English', () => {
  it('finds France in a French article and China in a Chinese one', () => {
    const fr = contextOf(
      article(
        'La France rapatrie ses ressortissants après le séisme au Népal',
        [
          'La France a annoncé jeudi le rapatriement de plus de 200 ressortissants après le séisme qui a frappé le Népal samedi.',
          'Le ministre des Affaires étrangères a déclaré que les autorités françaises restaient sans nouvelles de plusieurs personnes.',
          'Un avion affrété par la France s’est posé à Paris avec à son bord des blessés et des familles.',
        ],
        'fr',
      ),
    );
    expect(fr.stakes[0]?.name).toBe('France');
    const zh = contextOf(
      article(
        '中国外交部就朝鲜向俄罗斯派兵表态',
        [
          '中国外交部发言人表示，中方不了解有关情况，并呼吁各方通过政治途径解决问题。',
          '分析人士认为，中国担心朝鲜与俄罗斯的合作会影响地区稳定。',
          '俄罗斯方面没有否认有关报道。',
        ],
        'zh',
      ),
    );
    expect(zh.stakes.map((c) => c.name)).toContain('China');
  });

  it('finds the actors of Spanish, German, Portuguese, Italian and Japanese pages by their names there', () => {
    const names = (title: string, paragraphs: string[], lang: string) =>
      contextOf(article(title, paragraphs, lang)).stakes.map((c) => c.name);
    expect(
      names(
        'España y Marruecos firman un acuerdo migratorio',
        [
          'El Gobierno de España firmó el jueves un acuerdo con Marruecos para controlar la migración irregular en el Estrecho.',
          'Marruecos se comprometió a reforzar la vigilancia de sus costas a cambio de fondos europeos.',
          'La oposición criticó que el acuerdo se negociara sin consultar al Parlamento.',
        ],
        'es',
      ),
    ).toEqual(['Spain', 'Morocco']);
    expect(
      names(
        'Deutschland liefert Luftabwehr an die Ukraine',
        [
          'Die Bundesregierung hat am Montag die Lieferung weiterer Luftabwehrsysteme an die Ukraine angekündigt.',
          'Russland kritisierte die Entscheidung und warnte vor einer weiteren Eskalation des Krieges.',
          'Die Ukraine bittet seit Monaten um mehr Schutz für ihre Städte und Kraftwerke.',
        ],
        'de',
      ),
    ).toEqual(['Germany', 'Ukraine']);
    expect(
      names(
        'Brasil e Argentina retomam negociações comerciais',
        [
          'O Brasil e a Argentina retomaram nesta semana as negociações para reduzir tarifas sobre produtos industriais.',
          'O governo brasileiro quer ampliar as exportações de automóveis para o país vizinho.',
          'A Argentina pede mais tempo para proteger a sua indústria.',
        ],
        'pt',
      ),
    ).toEqual(['Brazil', 'Argentina']);
    // "L'Italia": the elided article is a word of its own, so the name is found.
    expect(
      names(
        "L'Italia chiede all'Unione europea aiuti per i migranti",
        [
          "L'Italia ha chiesto martedì all'Unione europea un nuovo meccanismo di ridistribuzione dei migranti.",
          'Il governo italiano sostiene che i paesi del Mediterraneo condividono lo stesso problema.',
          'La Commissione ha promesso una risposta entro la fine del mese.',
        ],
        'it',
      ),
    ).toContain('Italy');
    expect(
      names(
        '日本政府、韓国との首脳会談を調整',
        [
          '日本政府は、韓国との首脳会談を来月にも開く方向で調整に入った。',
          '韓国政府も関係改善に前向きな姿勢を示している。',
          '両国は輸出規制の問題で対立が続いていた。',
        ],
        'ja',
      ),
    ).toEqual(['Japan', 'South Korea']);
  });

  it('stays quiet, and says why, in a language it does not read', () => {
    const cs = contextOf(
      article(
        'Vláda schválila nový rozpočet',
        [
          'Vláda ve středu schválila návrh rozpočtu na příští rok, který počítá se schodkem ve výši sto miliard korun.',
          'Ministr financí řekl, že se schodek podaří snížit, pokud se ekonomika bude dál vyvíjet podle očekávání.',
          'Opozice návrh kritizuje a tvrdí, že Česko a Německo budou muset v příštích letech více spolupracovat.',
        ],
        'cs',
      ),
    );
    expect(cs.stakes).toEqual([]);
    expect(cs.quiet).toBe('language');
  });
});

describe('domestic stories', () => {
  it('gives the country a card for a national story, none for a state or local one', () => {
    const state = contextOf(
      article('Thousands of teachers rally at the Statehouse for better pay', [
        'Thousands of Indiana teachers marched to the Statehouse in Indianapolis on Tuesday to demand higher pay.',
        'Governor Eric Holcomb said the state budget could not meet every request this year.',
        'The state’s largest teachers union said classrooms had lost staff to neighbouring Illinois and Ohio.',
        'Lawmakers from both parties met the organisers, and the state senate will vote on the budget next week.',
      ]),
    );
    expect(state.stakes).toEqual([]);
    const federal = contextOf(
      article('Federal debt costs set to overtake defence spending', [
        'The federal government could soon pay more in interest on its debt than it spends on the military.',
        'The United States has borrowed heavily since 2008, and interest rates are rising again.',
        'Congress has not agreed on a plan to cut the deficit, and the Treasury warned that the cost of borrowing would keep growing.',
        'Economists said the government would have less room to respond to the next downturn.',
      ]),
    );
    expect(federal.stakes.map((c) => c.heading)).toEqual(["United States' stake"]);
    expect(federal.stakes[0]?.inArticle.map((q) => q.quote.text)).toContain(
      'The federal government could soon pay more in interest on its debt than it spends on the military.',
    );
  });

  it('quotes "the Government" for a national story that names its country once', () => {
    const ctx = contextOf(
      article('Publishers push back against new data laws', [
        'Ministers toured newsrooms this week to defend a bill that would make phone companies keep records for two years.',
        'Australian police chiefs told editors the records were needed to catch criminals.',
        'Editors said the Government had been alarmed by the strength of the criticism.',
        'Media groups want journalists exempted, as they are in Britain. Adopting the UK model would take only weeks.',
        'The Government has refused to delay the vote, which is due in the lower house next week.',
      ]),
    );
    expect(ctx.stakes.map((c) => c.heading)).toEqual(["Australia's stake"]);
    expect(ctx.stakes[0]?.inArticle.map((q) => q.quote.text)).toContain(
      'The Government has refused to delay the vote, which is due in the lower house next week.',
    );
  });
});

describe('actors named once', () => {
  const ctx = contextOf(
    article('China warns Britain over its criticism of the arrests', [
      'China summoned the British ambassador on Monday after London criticised the arrest of three opposition lawmakers.',
      'The Chinese foreign ministry accused Britain and Canada of meddling in its internal affairs and warned of consequences.',
      'Britain said it would keep raising the arrests with Beijing, and the British foreign secretary called the charges politically motivated.',
      'Beijing has also frozen talks on a shipping agreement with Norway, the ministry said.',
      'Protesters gathered outside the courthouse again on Tuesday, and the police made no further arrests.',
    ]),
  );
  const shown = [...ctx.stakes.map((c) => c.name), ...ctx.alsoAtStake.map((a) => a.name)];

  it('shows an actor listed beside one with a card, in the same part ("accused Britain and Canada of meddling")', () => {
    expect(shown).toContain('Canada');
    const canada = ctx.stakes.find((c) => c.name === 'Canada');
    expect(canada?.inArticle.map((q) => q.quote.text)).toEqual([
      'The Chinese foreign ministry accused Britain and Canada of meddling in its internal affairs and warned of consequences.',
    ]);
  });

  it('shows a state named only by its agency when the agency acts beside another state’s', () => {
    const ctx = contextOf(
      article('Russian cargo ship burns up after launch failure', [
        'A Russian cargo ship bound for the space station burned up over Siberia on Thursday, Russia’s space agency said.',
        'Roscosmos said the third stage of the rocket had failed, and Russia will delay its next launch.',
        'Both Roscosmos and NASA said the loss would have no effect on the crew, who have supplies until spring.',
        'The station’s six astronauts watched the launch on a video link.',
      ]),
    );
    expect([...ctx.stakes.map((c) => c.name), ...ctx.alsoAtStake.map((a) => a.name)]).toEqual([
      'Russia',
      'United States',
    ]);
  });

  it('shows no actor named once on its own, below the bars ("talks on a shipping agreement with Norway")', () => {
    expect(shown).not.toContain('Norway');
  });
});

describe('abbreviations the article defines', () => {
  const g = gazetteerFor();
  const sentences = (a: Article) =>
    articleDoc(g, a).sentences.map((s) => s.mentions.map((m) => `${g.actor(m.actor)?.name}:${m.role}`));

  it('reads "the ICC" as the court after "the International Criminal Court (ICC)", and only then', () => {
    expect(
      sentences(
        article('Prosecutors weigh a new inquiry', [
          'Lawyers for the victims asked the International Criminal Court (ICC) to open an investigation.',
          'The ICC is expected to decide on the request in the coming weeks.',
        ]),
      ).slice(1),
    ).toEqual([['International Criminal Court:affected'], ['International Criminal Court:agent']]);
    // Without the definition, "ICC" is some other body's name (a cricket council, a chamber of commerce).
    expect(
      sentences(article('Cup schedule announced', ['The ICC is expected to announce the schedule next week.'])),
    ).toEqual([[], []]);
  });
});

describe('a story the whole world reacts to', () => {
  it('lists up to eight more actors under "Also at stake" after the four cards', () => {
    const ctx = contextOf(
      article('Nations condemn Atlantis over its plan to annex the islands', [
        'Atlantis announced on Monday that it would annex the Coral Islands, drawing condemnation from around the world.',
        'The United States said it opposed the plan and urged Atlantis to reverse it.',
        'China warned that the move would destabilise the region, and Japan said it would review its aid.',
        'Germany called the annexation illegal. France said it regretted the decision.',
        'Canada summoned the Atlantis ambassador. Brazil said it would raise the matter at the United Nations.',
        'India urged restraint. Mexico said the islands’ status must be settled by negotiation.',
        'Norway suspended a fisheries agreement with Atlantis. Spain said it would not recognise the annexation.',
        'Kenya called for calm, and Chile said it would vote against the plan.',
      ]),
    );
    expect(ctx.stakes).toHaveLength(4);
    expect(ctx.alsoAtStake).toHaveLength(8);
  });
});

describe('what a mention does in its sentence', () => {
  const g = gazetteerFor();
  const roles = (sentence: string) => findMentions(g, sentence).map((m) => `${g.actor(m.actor)?.name}:${m.role}`);

  it('tells acting, speaking through officials, being acted on, qualifying and placing apart', () => {
    expect(roles('Beijing warned Manila against the survey.')).toEqual(['China:agent', 'Philippines:affected']);
    expect(roles('The Chinese foreign ministry said it was not aware of the plan.')).toEqual(['China:official']);
    expect(roles('The United States imposed new sanctions on Iran last week.')).toEqual([
      'United States:agent',
      'Iran:affected',
    ]);
    expect(roles('The French engineer built the first sign in 1910.')).toEqual(['France:attribute']);
    expect(roles('The talk was given at a conference in Tokyo that autumn.')).toEqual(['Japan:location']);
    expect(roles('He bought business class tickets for the flight to India.')).toEqual(['India:location']);
    expect(roles('Trade talks with the US-China panel resumed.')).toEqual(['United States:mention', 'China:mention']);
  });

  it('reads the shapes of international news: bodies of organisations, clauses, headline verbs, lists of places', () => {
    const cases: [string, string[]][] = [
      ['The United Nations refugee agency warned of a funding gap.', ['United Nations:official']],
      [
        'Germany, whose carmakers sell millions of cars in China, voted against the tariffs.',
        ['Germany:agent', 'China:location'],
      ],
      ['IMF approves loan for Pakistan', ['IMF:agent', 'Pakistan:affected']],
      ['U.S. states where marijuana is legal saw use rise.', ['United States:attribute']],
      ['Iranian-designed drones hit the grid.', ['Iran:attribute']],
      [
        'Refugees keep crossing into Chad, South Sudan and Egypt.',
        ['Chad:location', 'South Sudan:location', 'Egypt:location'],
      ],
      ['Russian forces launched drones at Ukraine overnight.', ['Russia:official', 'Ukraine:affected']],
      ['Smoke settled over India’s capital region.', ['India:location']],
    ];
    for (const [sentence, want] of cases) expect(roles(sentence), sentence).toEqual(want);
  });

  it("reads a state's own people and offices where a place is named", () => {
    expect(roles('Authorities in Mongolia instituted a quarantine.')).toEqual(['Mongolia:official']);
    expect(roles('He took refuge at the Ecuadorean embassy in London.')).toEqual([
      'Ecuador:official',
      'United Kingdom:location',
    ]);
    expect(roles('The conference was held in Ecuador last year.')).toEqual(['Ecuador:location']);
    expect(roles('Beijing residents were told not to worry.')).toEqual(['China:location']);
  });

  it('reads the speaker of a quotation and the object of another actor’s act as such', () => {
    expect(roles('“He broke a lot of crockery,” said Martin Indyk, a former U.S. ambassador to Israel.')).toEqual([
      'United States:attribute',
      'Israel:attribute',
    ]);
    expect(roles('“We oppose the survey,” said Beijing.')).toEqual(['China:agent']);
    expect(roles('Symptoms appear after one to seven days, says the World Health Organization.')).toEqual([
      'World Health Organization:mention',
    ]);
    expect(roles('The Syrian defense ministry accused U.S. forces of blocking aid.')).toEqual([
      'Syria:official',
      'United States:affected',
    ]);
  });

  /** Each sentence with the roles its mentions should get, in order. */
  const expectRoles = (cases: readonly (readonly [string, string[]])[]) => {
    for (const [sentence, want] of cases) expect(roles(sentence), sentence).toEqual(want);
  };

  it('reads a state through one more word, past a compass word, and acting through what comes from it', () => {
    expectRoles([
      ['Russian tax authorities said the firm owed millions.', ['Russia:official']],
      ['Authorities in western Mongolia instituted a quarantine.', ['Mongolia:official']],
      ['The city dismissed the criticism from Britain within hours.', ['United Kingdom:agent']],
      ['A Russian cargo ship broke up over Siberia.', ['Russia:attribute']],
      // A state agency speaks for its state; a name before a closing "…, Roscosmos said" is no list sharing the verb.
      ['NASA said the crash would have no impact.', ['United States:agent']],
      ['It broke up over the region that borders Mongolia, Roscosmos said.', ['Mongolia:mention', 'Russia:agent']],
      ['Iran, Russia and Syria have been pressuring the rebels.', ['Iran:agent', 'Russia:agent', 'Syria:agent']],
    ]);
  });

  it('reads an agency cited for a fact, an audience and a comparison as no act of theirs', () => {
    expectRoles([
      [
        'Pollution reached 50 times the level deemed safe by the World Health Organization.',
        ['World Health Organization:mention'],
      ],
      [
        'The World Health Organization reported last year that 11 of 12 cities were in India.',
        ['World Health Organization:mention', 'India:location'],
      ],
      [
        'Obama told the U.N. General Assembly that he would seek peace.',
        ['United States:agent', 'United Nations:mention', 'United Nations:mention'],
      ],
      ['As a way of rough comparison, a plan launched by the U.S. government aims lower.', ['United States:mention']],
      // A court's reading of the law, cited.
      [
        'The envoy said the decision did not change the treaty as interpreted by the International Court of Justice.',
        ['International Court of Justice:mention'],
      ],
      // A state that reports acts; an organisation that acts is not a source.
      ['China reported that its exports fell.', ['China:agent']],
      [
        'The World Health Organization sent doctors to Liberia.',
        ['World Health Organization:agent', 'Liberia:affected'],
      ],
    ]);
  });

  it('finds no actor in a name that contains one', () => {
    expect(roles('Shareholders keep their stakes in Yahoo Japan and Alibaba Group.')).toEqual([]);
    expect(roles('A third case was confirmed in Inner Mongolia on Sunday.')).toEqual([]);
    expect(roles('Groupe LAPS (France) produces films and installations.')).toEqual([]);
    expect(roles('英国剑桥大学的一名博士也有着类似的经历。')).toEqual([]);
    expect(roles('在英国求学6年后，他回到了中国。')).toEqual(['United Kingdom:location', 'China:mention']);
  });
});
