/**
 * Two checks on the page as a whole before any stake card is shown: is it written in a language whose actors
 * Sidelight can read (English, French, Spanish, German, Portuguese, Italian, Chinese, Japanese), and is it a sports
 * report, where countries are teams, not states?
 */

/** Languages whose country names and function words the context engine knows. */
export type ContextLanguage = 'en' | 'fr' | 'es' | 'de' | 'pt' | 'it' | 'zh' | 'ja';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w.length > 0));

/** The commonest function words of each language written in Latin script, none shared between two lists. */
const FUNCTION_WORDS: Readonly<Record<'en' | 'fr' | 'es' | 'de' | 'pt' | 'it', ReadonlySet<string>>> = {
  en: words('the and of to is was that for with it on as by at this are be have has from which were their its will'),
  fr: words('le les des et du une est pour dans qui au sur pas par ont ses aux été cette sont mais avec être'),
  es: words('el los las y del por una es para con se al lo su más como pero sus fue está han este'),
  de: words('der die und den das ist nicht mit sich des auf für ein eine dem zu im auch wird sie wurde bei'),
  pt: words('o os as e do da dos das em um uma é para com não na no ao pelo pela foi são mais'),
  it: words('il lo gli e di della delle che è per con non un una sono nel alla anche ha al più dei'),
};

/**
 * The language of `text`, read from its script and function words, or null for any other language (then no
 * stake card is shown: a name misread in an unknown language is worse than none). `declared` (the page's own
 * BCP 47 tag) settles it when the text is too short to tell.
 */
export function contextLanguage(text: string, declared: string | null = null): ContextLanguage | null {
  const sample = text.slice(0, 6000);
  let cjk = 0;
  let kana = 0;
  let letters = 0;
  for (const m of sample.matchAll(LETTER_RUN_RE)) {
    const run = m[0];
    letters += run.length;
    if (HAN_OR_KANA_RE.test(run)) {
      cjk += run.length;
      kana += (run.match(KANA_RE) ?? []).length;
    }
  }
  if (letters > 0 && cjk / letters > 0.3) return kana > (cjk - kana) * 0.15 ? 'ja' : 'zh';
  const tokens = sample.toLowerCase().match(WORD_RE) ?? [];
  if (tokens.length < 30) {
    const tag = declared?.slice(0, 2).toLowerCase();
    return tag && ['en', 'fr', 'es', 'de', 'pt', 'it', 'zh', 'ja'].includes(tag)
      ? (tag as ContextLanguage)
      : tokens.length > 0
        ? 'en'
        : null;
  }
  const counts = new Map<ContextLanguage, number>();
  for (const t of tokens) {
    const langs = LANGUAGES_OF.get(t);
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: ContextLanguage | null = null;
  let bestCount = 0;
  for (const [lang, n] of counts) if (n > bestCount) [best, bestCount] = [lang, n];
  // Running text in any of these languages is a fifth or more function words; another language scores far less.
  return bestCount / tokens.length >= 0.12 ? best : null;
}

const LETTER_RUN_RE = /\p{L}+/gu;
const WORD_RE = /\p{L}+/gu;
const HAN_OR_KANA_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Each function word with the languages it belongs to. */
const LANGUAGES_OF = new Map<string, ContextLanguage[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS) as [ContextLanguage, ReadonlySet<string>][]) {
  for (const w of list) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
}

/** Words of sports reporting (English and the other languages read), as folded keys. */
const SPORT = words(`
  match matches goal goals scored scorer coach coaches league leagues tournament tournaments cup team teams player
  players season striker strikers midfielder defender goalkeeper tennis football soccer rugby cricket basketball
  hockey baseball golf qualifying qualified qualifier qualifiers qualification fixture fixtures semifinal semifinals
  quarterfinal quarterfinals finals champion champions championship medal medals olympic olympics stadium
  club clubs fans singles doubles penalty penalties kickoff referee halftime inning innings wicket squad squads
  uefa fifa selecao tecnico jogo jogos torcida gol gols campeonato equipo entrenador jugador jugadores futbol
  equipe joueur joueurs entraineur mannschaft spiel spieler trainer tore squadra giocatore allenatore partita
  libertadores
`);

/** Whether the page reads as a sports report: sports words are more than 2.5% of its words. */
export function isSportsReport(keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  const n = keys.filter((k) => SPORT.has(k)).length;
  return n >= 6 && n / keys.length > 0.025;
}
