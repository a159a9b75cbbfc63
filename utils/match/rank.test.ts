import { describe, expect, it } from 'vitest';
import { StoryIndex, type IndexableStory } from './inverted-index';
import { anchorScore, rankStories, scoreCandidates, type MatchQuery } from './rank';
import { VERDICT } from './verdict-rule';

// A fictional event written for these tests: a dock strike in the (invented) port city of Halvern.
const DAY = 86_400_000;
const STRIKE_DAY = Date.UTC(2025, 2, 11, 9);

const article: MatchQuery = {
  title: 'Dockworkers walk out at Port of Halvern as pay talks collapse',
  lead:
    'About 3,200 dockworkers at the Port of Halvern stopped work on Tuesday after talks between the Halvern ' +
    "Dockers' Union and the port operator Caldera Terminals broke down over a 9 percent pay claim.",
  text: [
    'Dockworkers walk out at Port of Halvern as pay talks collapse',
    'About 3,200 dockworkers at the Port of Halvern stopped work on Tuesday after talks between the Halvern ' +
      "Dockers' Union and the port operator Caldera Terminals broke down over a 9 percent pay claim.",
    'Union leader Mara Okonjo said the 48-hour strike would go ahead unless Caldera Terminals returned with a better offer.',
    'By the afternoon a dozen container ships were waiting at anchor in the Skelling estuary, and lorries queued on the ring road.',
    "Caldera Terminals said it had offered 5 percent and called the walkout 'deeply disappointing' for Halvern's exporters.",
    'Okonjo told reporters that members had not had a rise above inflation for three years.',
  ].join('\n'),
  published: STRIKE_DAY,
  url: 'https://news.example/halvern-strike',
};

const story = (id: string, title: string, summary: string, published: number): IndexableStory => ({
  id,
  title,
  summary,
  published,
});

const sameEvent = [
  story(
    'same-1',
    'Halvern port strike strands container ships',
    'Dockworkers at the Port of Halvern began a 48-hour strike on Tuesday, union leader Mara Okonjo said, after Caldera Terminals rejected a 9 percent pay claim.',
    STRIKE_DAY + 3 * 3_600_000,
  ),
  story(
    'same-2',
    'Ships queue off Halvern as 3,200 dockers strike',
    "Some 3,200 members of the Halvern Dockers' Union walked out, leaving vessels waiting in the Skelling estuary; Caldera Terminals said it had offered 5 percent.",
    STRIKE_DAY + DAY,
  ),
];
const earlierEvent = story(
  'earlier',
  'Halvern dockers vote for industrial action',
  "Members of the Halvern Dockers' Union voted to strike at the Port of Halvern after pay talks with Caldera Terminals stalled, Mara Okonjo said.",
  STRIKE_DAY - 20 * DAY,
);
const lookAlikeSameDay = story(
  'lookalike-velmora',
  'Dockworkers strike at Port of Velmora over pay',
  'About 1,100 dockworkers at the Port of Velmora walked out on Tuesday after the Velmora Harbour Board offered a 4 percent rise, union organiser Tomas Ridel said.',
  STRIKE_DAY,
);
const velmoraAgain = story(
  'lookalike-velmora-2',
  'Velmora port at a standstill as dockworkers strike',
  'The Velmora Harbour Board said 1,100 dockworkers walked out at the Port of Velmora on Tuesday over its 4 percent pay offer; organiser Tomas Ridel said the strike would go on.',
  STRIKE_DAY + 2 * 3_600_000,
);
const lookAlikeLastYear = story(
  'lookalike-brennick',
  'Brennick dock strike ends with pay deal',
  'Dockworkers at Brennick returned to work after a three-day strike when the port operator agreed a 6 percent pay rise with the union.',
  STRIKE_DAY - 300 * DAY,
);
const unrelated = story(
  'orchard',
  'Orchard growers report record apple harvest',
  'Growers in the Farrow valley picked more apples than in any season on record, helped by a mild spring and late rain.',
  STRIKE_DAY,
);
// Everyday stories so that word rarity (idf) looks like a real cache, not a handful of strike reports.
const background = [
  [
    'City council approves new cycle lanes',
    'Councillors in Ostmark voted to build twelve kilometres of protected cycle lanes by next summer.',
  ],
  [
    'Rovers beat United in late derby winner',
    'A header in the 89th minute gave Rovers a 2-1 win at a sold-out stadium on Saturday.',
  ],
  [
    'Storm warning issued for the northern coast',
    'Forecasters expect gusts of up to 110 km/h and heavy rain along the northern coast overnight.',
  ],
  [
    'Museum reopens after two-year renovation',
    'The Lindqvist Museum reopened its galleries with a new wing for textiles and a rooftop garden.',
  ],
  [
    'Chipmaker posts higher quarterly profit',
    'Sorrel Semiconductors said demand for memory chips lifted profit by 14 percent in the quarter.',
  ],
  [
    'Election date set for regional assembly',
    'The regional assembly will be elected on 4 May, the electoral commission announced on Monday.',
  ],
  [
    'Rail fares to rise in January',
    'Season tickets will cost 3 percent more from January, the transport ministry confirmed.',
  ],
  [
    'New species of frog found in cloud forest',
    'Biologists described a tiny green frog from the cloud forests of the Teral highlands.',
  ],
  [
    'Hospital waiting lists fall for third month',
    'Fewer patients waited more than a year for surgery, health service figures showed.',
  ],
  [
    'Bakery chain to open forty shops',
    'Crumb & Co plans forty new bakeries across the south, creating about 600 jobs.',
  ],
].map(([title, summary], i) => story(`bg-${i}`, title ?? '', summary ?? '', STRIKE_DAY - (i + 1) * 2 * DAY));

function buildIndex(): StoryIndex {
  const index = new StoryIndex();
  for (const s of [...sameEvent, earlierEvent, lookAlikeSameDay, lookAlikeLastYear, unrelated, ...background])
    index.add(s);
  return index;
}

describe('rankStories', () => {
  const index = buildIndex();
  const results = rankStories(index, article);
  const byId = new Map(results.map((r) => [r.id, r]));
  const rankOf = (id: string): number => results.findIndex((r) => r.id === id);

  it('puts the other reports of the same event first and calls them the same story', () => {
    expect(
      results
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['same-1', 'same-2']);
    expect(byId.get('same-1')?.verdict).toBe('same');
    expect(byId.get('same-2')?.verdict).toBe('same');
  });

  it('explains a match with the names it shares and the time apart', () => {
    const match = byId.get('same-2');
    expect(match?.sharedNames).toContain('Caldera Terminals');
    expect(match?.sharedNames.some((name) => name.includes('Halvern'))).toBe(true);
    expect(match?.why.shared.some((name) => name.includes('Halvern'))).toBe(true);
    expect(match?.why.daysApart).toBe(1);
    expect(match?.daysApart).toBeCloseTo(1, 5);
  });

  it('offers the earlier vote as related background, not as the same story', () => {
    expect(byId.get('earlier')?.verdict).toBe('related');
  });

  it('never calls a look-alike strike the same story, and ranks it below the real reports', () => {
    for (const id of ['lookalike-velmora', 'lookalike-brennick']) {
      expect(byId.get(id)?.verdict).not.toBe('same');
      if (byId.has(id)) expect(rankOf(id)).toBeGreaterThan(Math.max(rankOf('same-1'), rankOf('same-2')));
    }
  });

  it('keeps a mishap at the same port on the same day out of Same story, even among many reports of the event', () => {
    const crowded = buildIndex();
    const moreReports = [
      [
        'Halvern strike: Caldera Terminals offer 5 percent',
        'Caldera Terminals said its 5 percent offer stood as 3,200 dockworkers stayed out at the Port of Halvern.',
      ],
      [
        'Okonjo vows Halvern walkout will last 48 hours',
        "Mara Okonjo of the Halvern Dockers' Union said the 48-hour strike would go on until Caldera Terminals improved its offer.",
      ],
      [
        'Container ships wait in Skelling estuary as Halvern dockers strike',
        'A dozen container ships lay at anchor in the Skelling estuary while dockworkers picketed the Port of Halvern.',
      ],
    ].map(([title, summary], i) => story(`more-${i}`, title ?? '', summary ?? '', STRIKE_DAY + (i + 1) * 3_600_000));
    for (const s of moreReports) crowded.add(s);
    // Same places, same day, even ships and the estuary: but a rescue, not a strike.
    crowded.add(
      story(
        'mishap',
        'Tug crew pulls six from sinking barge off Port of Halvern',
        'Harbour pilots and a tug rescued all six crew of a gravel barge that took on water in the Skelling estuary near Halvern on Tuesday, officials said.',
        STRIKE_DAY + 2 * 3_600_000,
      ),
    );
    const ranked = rankStories(crowded, article);
    expect(ranked.filter((r) => r.verdict === 'same').map((r) => r.id)).toEqual(
      expect.arrayContaining(['same-1', 'same-2']),
    );
    expect(ranked.find((r) => r.id === 'mishap')?.verdict).not.toBe('same');
  });

  it('leaves out stories about something else entirely', () => {
    expect(byId.has('orchard')).toBe(false);
    for (const s of background) expect(byId.has(s.id)).toBe(false);
  });

  it('orders results by score, within the limit', () => {
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rankStories(index, article, { limit: 1 })).toHaveLength(1);
  });

  it('leaves out the article itself, by id or by URL', () => {
    const withSelf = buildIndex();
    withSelf.add({ id: article.url ?? '', title: article.title, summary: article.lead, published: article.published });
    expect(rankStories(withSelf, article).some((r) => r.id === article.url)).toBe(false);
    expect(rankStories(index, article, { excludeId: 'same-1' }).some((r) => r.id === 'same-1')).toBe(false);
  });

  it('stops calling a report the same story when it is weeks away from the article', () => {
    const later = buildIndex();
    later.add({ ...sameEvent[0], id: 'same-1-reprinted', published: STRIKE_DAY + 40 * DAY } as IndexableStory);
    expect(rankStories(later, article).find((r) => r.id === 'same-1-reprinted')?.verdict).not.toBe('same');
  });

  it('calls a sequel three days on related, not the same story', () => {
    const sequel = story(
      'sequel',
      'Halvern dockers extend strike as talks with Caldera Terminals stay frozen',
      "The Halvern Dockers' Union extended its strike at the Port of Halvern for another week, union leader Mara Okonjo said, after Caldera Terminals refused to improve its 5 percent offer on the 9 percent pay claim.",
      STRIKE_DAY + 3 * DAY,
    );
    for (const cache of [[sequel], [sequel, ...sameEvent]]) {
      const index = new StoryIndex();
      for (const s of [...cache, earlierEvent, lookAlikeSameDay, unrelated, ...background]) index.add(s);
      const verdict = rankStories(index, article).find((r) => r.id === 'sequel')?.verdict;
      expect(verdict).toBe('related');
    }
  });

  it('finds the one report of the event when it is the only one in the cache', () => {
    for (const report of sameEvent) {
      const lone = new StoryIndex();
      for (const s of [report, earlierEvent, lookAlikeSameDay, lookAlikeLastYear, unrelated, ...background])
        lone.add(s);
      const ranked = rankStories(lone, article);
      expect(ranked.filter((r) => r.verdict === 'same').map((r) => r.id)).toEqual([report.id]);
    }
  });

  it('calls nothing the same story when the cache has the topic but not the event', () => {
    const topicOnly = new StoryIndex();
    for (const s of [earlierEvent, lookAlikeSameDay, lookAlikeLastYear, unrelated, ...background]) topicOnly.add(s);
    const ranked = rankStories(topicOnly, article);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.filter((r) => r.verdict === 'same')).toEqual([]);
  });

  it('finds nothing in an empty index', () => {
    expect(rankStories(new StoryIndex(), article)).toEqual([]);
  });
});

describe("scoreCandidates: each candidate's likeness to the article and to its closest fellow", () => {
  const index = new StoryIndex();
  for (const s of [sameEvent[0] as IndexableStory, lookAlikeSameDay, velmoraAgain, unrelated, ...background])
    index.add(s);
  const { candidates } = scoreCandidates(index, article);
  const of = (id: string) => candidates.find((c) => c.story.id === id);

  it("finds the lone report more like the article than like any other story, a look-alike's fellows more like it", () => {
    const lone = of('same-1');
    const lookAlike = of('lookalike-velmora');
    expect(lone?.articleSimilarity).toBeGreaterThan(lone?.fellowSimilarity ?? 1);
    // The other Velmora report resembles the look-alike more than the Halvern article does.
    expect(lookAlike?.fellowSimilarity).toBeGreaterThan(lookAlike?.articleSimilarity ?? 1);
    for (const c of candidates) {
      expect(c.articleSimilarity).toBeGreaterThanOrEqual(0);
      expect(c.articleSimilarity).toBeLessThanOrEqual(1 + 1e-9);
      expect(c.fellowSimilarity).toBe(Math.max(0, ...(c.resemblance ?? []).filter((_, i) => candidates[i] !== c)));
    }
  });
});

describe("scoreCandidates: the article's place in its best candidates' crowd", () => {
  const moreHalvern = [
    story(
      'same-3',
      'Halvern dockers strike after Caldera pay talks fail',
      "Caldera Terminals and the Halvern Dockers' Union failed to agree on pay, and 3,200 dockworkers walked out at the Port of Halvern on Tuesday.",
      STRIKE_DAY + 5 * 3_600_000,
    ),
    story(
      'same-4',
      'Okonjo: Halvern port strike goes on until Caldera improves 5 percent offer',
      'Union leader Mara Okonjo said the 48-hour walkout at the Port of Halvern would continue unless Caldera Terminals raised its pay offer.',
      STRIKE_DAY + 8 * 3_600_000,
    ),
    story(
      'same-5',
      'Container ships wait in Skelling estuary as Halvern dock strike bites',
      'A dozen ships lay at anchor off the Port of Halvern on Tuesday as 3,200 dockworkers struck over pay; Caldera Terminals called the walkout disappointing.',
      STRIKE_DAY + 9 * 3_600_000,
    ),
  ];
  const moreVelmora = [
    velmoraAgain,
    story(
      'lookalike-velmora-3',
      'Velmora Harbour Board urges striking dockers back to work',
      'The Velmora Harbour Board asked the 1,100 dockworkers on strike at the Port of Velmora to return while Tomas Ridel studies its 4 percent offer.',
      STRIKE_DAY + 6 * 3_600_000,
    ),
    story(
      'lookalike-velmora-4',
      'Ridel rejects 4 percent as Velmora dock strike enters second day',
      'Organiser Tomas Ridel said the 1,100 Velmora dockworkers would stay out after the Harbour Board refused to improve its 4 percent pay offer.',
      STRIKE_DAY + DAY,
    ),
  ];
  const crowdWith = (reports: readonly IndexableStory[], others = [unrelated, ...background]) => {
    const index = new StoryIndex();
    for (const s of [...reports, ...others]) index.add(s);
    return scoreCandidates(index, article).candidates[0]?.crowd;
  };

  it("finds the article one of a crowd of its event's reports, and outside a look-alike event's", () => {
    const own = crowdWith([...sameEvent, ...moreHalvern]);
    const lookAlike = crowdWith([lookAlikeSameDay, ...moreVelmora]);
    expect(own?.membership).toBeGreaterThanOrEqual(VERDICT.crowdMember);
    expect(lookAlike?.membership).toBeLessThan(VERDICT.crowdMember);
    expect(own?.cohesion).toBeGreaterThanOrEqual(VERDICT.crowdCohesion);
    expect(lookAlike?.cohesion).toBeGreaterThanOrEqual(VERDICT.crowdCohesion);
  });

  it('finds no crowd among fewer than two candidates', () => {
    expect(crowdWith([sameEvent[0] as IndexableStory], [])).toBeUndefined();
  });
});

describe("scoreCandidates: the only story about the article's subject", () => {
  const candidatesWith = (stories: readonly IndexableStory[]) => {
    const index = new StoryIndex();
    for (const s of stories) index.add(s);
    return scoreCandidates(index, article).candidates;
  };

  it("finds the lone report the only story carrying the subject among another port's strike, not beside Halvern's vote", () => {
    const amidVelmora = candidatesWith([sameEvent[0] as IndexableStory, lookAlikeSameDay, velmoraAgain, unrelated]);
    const lone = amidVelmora.find((c) => c.story.id === 'same-1');
    expect(lone?.features.focalNames).toBeGreaterThanOrEqual(VERDICT.datedFocal);
    expect(lone?.subjectRival).toBeLessThan(VERDICT.datedFocal);
    // The Halvern dockers' earlier vote carries the subject too: the report is no longer the only one.
    const besideVote = candidatesWith([sameEvent[0] as IndexableStory, earlierEvent, lookAlikeSameDay, unrelated]);
    expect(besideVote.find((c) => c.story.id === 'same-1')?.subjectRival).toBeGreaterThanOrEqual(VERDICT.datedFocal);
  });

  it('gives each candidate the most of the subject that another of the best candidates carries', () => {
    const candidates = candidatesWith([...sameEvent, earlierEvent, lookAlikeSameDay, lookAlikeLastYear, ...background]);
    for (const c of candidates) {
      const others = candidates.filter((o) => o !== c).map((o) => o.features.focalNames);
      expect(c.subjectRival).toBe(Math.max(0, ...others));
    }
  });
});

describe('rankStories on odd input', () => {
  const index = buildIndex();
  const odd: MatchQuery[] = [
    { title: '', lead: '', text: '', published: null },
    { title: '!!! ??? …', lead: '—', text: '🙂🙂🙂 \u0000 \u200b', published: Number.NaN },
    {
      title: '北京时间今天发生地震',
      lead: '',
      text: 'Землетрясение произошло утром. 北京时间今天发生地震，造成多人死亡。',
      published: null,
    },
    { title: 'A'.repeat(5000), lead: '1,2,3,4,5 6.7.8.9 $ € £ %', text: 'word '.repeat(50_000), published: -1 },
    { title: undefined, lead: null, text: 42, published: 'yesterday' } as unknown as MatchQuery,
  ];

  it('never throws and returns well-formed matches', () => {
    for (const query of odd) {
      const results = rankStories(index, query);
      for (const r of results) {
        expect(['same', 'related']).toContain(r.verdict);
        expect(Number.isFinite(r.score)).toBe(true);
        expect(Array.isArray(r.why.shared)).toBe(true);
      }
    }
  });

  it('indexes stories with odd text without throwing', () => {
    const weird = new StoryIndex();
    weird.add({ id: 'a', title: '', summary: '', published: null });
    weird.add({ id: 'b', title: undefined, summary: null, published: Number.NaN } as unknown as IndexableStory);
    weird.add({ id: 'c', title: '🙂', summary: '\u0000', published: null });
    expect(weird.size).toBe(3);
    expect(() => rankStories(weird, article)).not.toThrow();
  });
});

describe('anchorScore', () => {
  it("is the best candidate's own or smoothed score, whichever is higher", () => {
    expect(
      anchorScore([
        { own: 0.45, score: 0.3 },
        { own: 0.5, score: 0.29 },
      ]),
    ).toBe(0.45);
    expect(anchorScore([{ own: 0.3, score: 0.38 }])).toBe(0.38);
    expect(anchorScore([])).toBe(0);
  });
});

describe('rankStories and the kind of piece', () => {
  // A guide on the strike's day, with the strike's names, figures and words: a piece of another kind.
  const guide = story(
    'guide',
    'How to ship your goods while the Port of Halvern is on strike',
    "The 48-hour strike by 3,200 dockworkers at the Port of Halvern means exporters should reroute containers through the Skelling estuary, Caldera Terminals and the Halvern Dockers' Union said on Tuesday.",
    STRIKE_DAY + 2 * 3_600_000,
  );

  it('never calls a how-to guide the same story as a report, nor a report the same story as a guide', () => {
    const index = buildIndex();
    index.add(guide);
    const shown = rankStories(index, article);
    expect(shown.find((r) => r.id === 'same-1')?.verdict).toBe('same');
    expect(shown.find((r) => r.id === 'guide')?.verdict).not.toBe('same');

    const asArticle: MatchQuery = {
      title: guide.title,
      lead: guide.summary,
      text: `${guide.title}\n${guide.summary}`,
      published: guide.published,
    };
    const fromGuide = rankStories(buildIndex(), asArticle);
    expect(fromGuide.some((r) => r.id.startsWith('same-'))).toBe(true);
    expect(fromGuide.filter((r) => r.verdict === 'same')).toEqual([]);
  });
});
