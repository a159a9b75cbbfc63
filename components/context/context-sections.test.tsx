import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Quote, StakeCard as Card, StoryContext } from '../../utils/context/types';
import { ContextView } from '../ContextView';
import type { TabContext } from '../../utils/messages';
import { outsideLocale, pseudoMessages, withMessages } from '../../tests/support/pseudo-locale';

const now = Date.UTC(2026, 10, 25, 12);
const quote = (text: string, from: Quote['from'] = 'article'): Quote => ({
  text,
  from,
  href: `https://paper.example/a#:~:text=${encodeURIComponent(text.slice(0, 10))}`,
  outlet: from === 'story' ? 'Harbour Gazette' : null,
  storyTitle: from === 'story' ? 'Ports reopen' : null,
  published: from === 'story' ? now : null,
});

const card = (over: Partial<Card>): Card => ({
  actor: 'CHN',
  name: 'China',
  heading: "China's stake",
  possessive: "China's",
  kind: 'country',
  pinned: false,
  focal: false,
  line: null,
  articleMentions: 4,
  coverageMentions: 2,
  namedAs: ['Beijing', 'Chinese'],
  people: [{ name: 'Wang Yi', role: 'Foreign minister' }],
  inArticle: [
    { quote: quote('Beijing warned Manila against the survey.'), cues: ['says'], named: ['Beijing'] },
    {
      quote: quote('<img src=x onerror=alert(1)> Chinese ships fired.'),
      cues: ['acts', 'security'],
      named: ['Chinese'],
    },
    { quote: quote('Chinese officials said more.'), cues: [], named: ['Chinese'] },
    { quote: quote('A fourth sentence on China.'), cues: [], named: ['China'] },
  ],
  relations: [
    {
      actor: 'PHL',
      name: 'Philippines',
      kind: 'conflict',
      together: 5,
      evidence: quote('Beijing warned Manila against the survey.'),
    },
  ],
  ownOutlets: { stories: [], sourcesFromCountry: 0 },
  background: [
    {
      title: 'Beijing warns Manila',
      url: 'javascript:alert(1)',
      outlet: 'Eastern Desk',
      published: now - 86_400_000 * 6,
      dateIsFetchTime: false,
    },
  ],
  ...over,
});

const extra = (cards: Card[]): StoryContext => ({
  version: 1,
  whyItMatters: quote('The bank holds gas the islands need.'),
  stakes: cards,
  alsoAtStake: [],
  quiet: null,
  timeline: [
    {
      kind: 'related',
      story: {
        title: 'Survey approved',
        url: 'https://w.example/1',
        outlet: 'Wire',
        published: now - 86_400_000 * 12,
        dateIsFetchTime: false,
      },
    },
    {
      kind: 'article',
      story: {
        title: 'Water cannon at Reed Bank',
        url: 'https://paper.example/a',
        outlet: 'The Paper',
        published: now - 3600_000,
        dateIsFetchTime: false,
      },
    },
  ],
  coverage: {
    outlets: 2,
    reports: 3,
    byCountry: [
      { group: { kind: 'country', name: 'China' }, count: 1 },
      { group: { kind: 'unknown', of: 'country' }, count: 1 },
    ],
    byRegion: [
      { group: { kind: 'region', id: 'east-asia' }, count: 1 },
      { group: { kind: 'unknown', of: 'region' }, count: 1 },
    ],
    byOwnership: [
      { group: { kind: 'ownership', id: 'state' }, count: 1 },
      { group: { kind: 'unknown', of: 'ownership' }, count: 1 },
    ],
    blindspot: [{ group: { kind: 'country', name: 'Russia' }, sources: 2 }],
    groupedBy: 'facts',
  },
  tags: [{ label: 'China–Philippines', count: 3, of: 4 }],
  othersAdd: [
    {
      quote: quote('Officials counted 3,000 troops at Vladivostok.', 'story'),
      adds: ['3,000', 'Vladivostok'],
      alsoIn: ['Wire Two'],
    },
  ],
  leadersAsOf: '2025-08-01',
  leadersCorrected: false,
});

const tab = (context: StoryContext): TabContext => ({
  state: 'article',
  article: {
    url: 'https://paper.example/a',
    title: 'Water cannon at Reed Bank',
    siteName: 'The Paper',
    byline: null,
    publishedTime: null,
    lang: 'en',
    lead: '',
    text: '',
  },
  same: [],
  related: [],
  sourceCount: 2,
  storyCount: 10,
  siteOrigin: null,
  context,
});

const render = (context: StoryContext) =>
  renderToStaticMarkup(
    <ContextView state={{ status: 'ready', context: tab(context) }} onOpenOptions={() => {}} now={now} />,
  );

describe('context sections', () => {
  const html = render(
    extra([
      card({}),
      card({
        actor: 'PHL',
        name: 'Philippines',
        heading: "Philippines' stake",
        possessive: "Philippines'",
        ownOutlets: { stories: [], sourcesFromCountry: 1 },
      }),
    ]),
  );

  it('heads Stakes, Timeline and Coverage, and a card per actor with its possessive', () => {
    for (const heading of ['Stakes', 'Timeline', 'Coverage', 'What others add', 'Why it matters'])
      expect(html).toContain(`>${heading}</h2>`);
    expect(html).toMatch(/<h3[^>]*><button[^>]*aria-expanded="true"[^>]*>.*China&#x27;s stake<\/button><\/h3>/);
    expect(html).toMatch(/<h3[^>]*><button[^>]*aria-expanded="false"[^>]*>.*Philippines&#x27; stake<\/button><\/h3>/);
  });

  it('quotes sentences as links to their place, names in bold, three shown and the rest behind a button', () => {
    expect(html).toContain('href="https://paper.example/a#:~:text=');
    expect(html).toContain('<strong>Beijing</strong> warned Manila');
    expect(html).toContain('Show 1 more sentence');
    expect(html).not.toContain('A fourth sentence');
    // Page text stays text; script URLs never become links.
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
  });

  it('shows relations, people, and the line for a country whose outlets are silent', () => {
    expect(html).toContain('conflict / threat');
    expect(html).toContain('<strong>Wang Yi</strong>, foreign minister');
    expect(html).toContain('What China&#x27;s media say');
    expect(html).toContain(
      'No outlet from China in your sources has covered this (none of your sources is from China).',
    );
    expect(html).toContain('No outlet from the Philippines in your sources has covered this.');
    expect(html).toMatch(/as of (1 August 2025|August 1, 2025)/);
  });

  it('charts coverage and names the blindspot; marks the article in the timeline; tags the story', () => {
    expect(html).toContain('3 reports from 2 outlets in your sources, besides The Paper.');
    expect(html).toContain('By country');
    expect(html).toContain('<strong>Blindspot: </strong>not covered by your sources in Russia (2 sources).');
    expect(html).toContain('aria-current="true"');
    expect(html).toContain('you are reading this');
    expect(html).toContain('China–Philippines');
    expect(html).toContain('also Wire Two');
  });

  it('counts no coverage for a live page of many events, and names no blindspot for it', () => {
    const live = tab(extra([card({})]));
    if (live.state !== 'article') throw new Error('an article context');
    live.article.title = 'Asia live: water cannon at Reed Bank, shares edge up';
    const page = renderToStaticMarkup(
      <ContextView state={{ status: 'ready', context: live }} onOpenOptions={() => {}} now={now} />,
    );
    expect(page).toContain('>Coverage</h2>');
    expect(page).toContain('This page gathers many events, so coverage is not counted for it.');
    expect(page).not.toContain('Blindspot');
    expect(page).not.toContain('besides The Paper');
  });

  it('says plainly that nothing is at stake when no actor has a stake, and why when it is a sports report', () => {
    const none = render(extra([]));
    expect(none).toContain('>Stakes</h2>');
    expect(none).toContain('Nothing is at stake for a country or international body in this article');
    expect(none).not.toContain('stake</button>');
    expect(render({ ...extra([]), quiet: 'sports' })).toContain(
      'this is a sports report, and the countries in it are teams',
    );
  });

  it('opens the focal card, whichever comes first, with its one line before the quotes, and lists the rest under "Also at stake"', () => {
    const line = 'China faces implications for regional stability';
    const page = render({
      ...extra([
        card({ actor: 'PRK', name: 'North Korea', heading: "North Korea's stake", possessive: "North Korea's" }),
        card({ focal: true, line }),
      ]),
      alsoAtStake: [
        {
          actor: 'UKR',
          name: 'Ukraine',
          line: 'Ukraine braces for more troops',
          quote: quote('Officials said Ukraine braces for more troops at the front.'),
        },
      ],
    });
    expect(page).toMatch(/aria-expanded="false"[^>]*>.*North Korea&#x27;s stake<\/button>/);
    expect(page).toMatch(/aria-expanded="true"[^>]*>.*China&#x27;s stake<\/button>/);
    expect(page).toContain(
      `<p class="stake-line" title="What is at stake, in the article&#x27;s own words">${line}</p>`,
    );
    expect(page).toContain('>Also at stake</h3>');
    expect(page).toContain('<strong>Ukraine</strong>: ');
    expect(page).toContain('Ukraine braces for more troops');
  });
});

describe('with a second locale file (every message wrapped in ⟦ ⟧)', () => {
  it('shows no words of its own: what is left outside the locale file is the article’s and feeds’ data', async () => {
    const messages = await pseudoMessages();
    const context = extra([
      card({}),
      card({ actor: 'PHL', name: 'Philippines', heading: "Philippines' stake", possessive: "Philippines'" }),
    ]);
    const html = withMessages(messages, () => render(context));
    // Data: what the page, the feeds and the gazetteer said (every string the view was given), and Intl's dates.
    const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    const intl = [
      ...(['minute', 'hour', 'day', 'week', 'month'] as const).map((unit) => relative.format(-2, unit)),
      // A week of dates, so every weekday's name is there.
      ...[0, 1, 2, 3, 4, 5, 6].map((d) =>
        new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', hour: 'numeric' }).format(
          now + d * 864e5,
        ),
      ),
    ];
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    const data = [...strings(tab(context)), ...intl].join(' ').toLowerCase();
    const words = outsideLocale(html)
      .split(/[\s,.;:·()–—“”"'’!?…+/|=<>&]+/)
      .filter((w) => /\p{L}/u.test(w) && !data.includes(w.toLowerCase()));
    expect(words).toEqual([]);
    expect(html).toContain('⟦Coverage⟧');
  });
});
