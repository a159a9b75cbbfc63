import { i18n } from '#i18n';
import type { RefreshSettings } from '../utils/refresh/refresh-settings';
import type { Failure } from '../utils/result';
import { isSaid, type Action, type Said, type SaidParams } from '../utils/said';
import { formatCount } from '../utils/format/plural';

/**
 * The reader's words for what utils/ says (utils/said.ts), from the locale file. One literal key per code, so the
 * locale check sees each key used and TypeScript sees each code worded.
 */
const ACTIONS: Readonly<Record<Action, () => string>> = {
  listSources: () => i18n.t('said.action.listSources'),
  addFeed: () => i18n.t('said.action.addFeed'),
  addAddress: () => i18n.t('said.action.addAddress'),
  addSources: () => i18n.t('said.action.addSources'),
  removeSource: () => i18n.t('said.action.removeSource'),
  saveOutlet: () => i18n.t('said.action.saveOutlet'),
  clearOutlet: () => i18n.t('said.action.clearOutlet'),
  importFeeds: () => i18n.t('said.action.importFeeds'),
  readTab: () => i18n.t('said.action.readTab'),
  openSidebar: () => i18n.t('said.action.openSidebar'),
  showSentence: () => i18n.t('said.action.showSentence'),
  openOptions: () => i18n.t('said.action.openOptions'),
  refreshSources: () => i18n.t('said.action.refreshSources'),
  readRefreshStatus: () => i18n.t('said.action.readRefreshStatus'),
  readSiteSettings: () => i18n.t('said.action.readSiteSettings'),
  changeSiteSetting: () => i18n.t('said.action.changeSiteSetting'),
  readSearchSettings: () => i18n.t('said.action.readSearchSettings'),
  saveSearchSettings: () => i18n.t('said.action.saveSearchSettings'),
  searchCoverage: () => i18n.t('said.action.searchCoverage'),
  removeSearchStories: () => i18n.t('said.action.removeSearchStories'),
};

const SETTINGS: Readonly<Record<keyof RefreshSettings, () => string>> = {
  intervalMinutes: () => i18n.t('said.setting.intervalMinutes'),
  timeoutSeconds: () => i18n.t('said.setting.timeoutSeconds'),
  retentionDays: () => i18n.t('said.setting.retentionDays'),
  maxStories: () => i18n.t('said.setting.maxStories'),
};

const n = formatCount;

const WORDS: { readonly [C in keyof SaidParams]: (p: SaidParams[C]) => string } = {
  text: (p) => p.text,
  couldNot: (p) => i18n.t('said.couldNot', [ACTIONS[p.action](), say(p.detail)]),
  couldNotStorageFull: (p) => i18n.t('said.couldNotStorageFull', [ACTIONS[p.action]()]),
  notReadBack: (p) => (p.done === 'feedAdded' ? i18n.t('said.feedAdded') : i18n.t('said.outletSaved')),

  'fetch.tooLarge': (p) => i18n.t('said.fetch.tooLarge', [p.limit]),
  'fetch.redirectScheme': (p) => i18n.t('said.fetch.redirectScheme', [p.protocol]),
  'fetch.redirectLocal': (p) => i18n.t('said.fetch.redirectLocal', [p.host]),
  'fetch.redirectRefused': (p) => i18n.t('said.fetch.redirectRefused', [p.host]),
  'fetch.couldNotDownload': (p) => i18n.t('said.fetch.couldNotDownload', [p.host, p.detail]),
  'fetch.notWebAddress': (p) => i18n.t('said.fetch.notWebAddress', [p.url]),
  'fetch.timedOut': (p) => i18n.t('said.fetch.timedOut', [n(p.seconds)]),
  'fetch.cancelled': () => i18n.t('said.fetch.cancelled'),
  'fetch.interrupted': (p) => i18n.t('said.fetch.interrupted', [p.host]),
  'fetch.couldNotConnect': (p) => i18n.t('said.fetch.couldNotConnect', [p.host]),
  'fetch.http': (p) =>
    p.reason
      ? i18n.t('said.fetch.httpReason', [String(p.status), p.reason])
      : i18n.t('said.fetch.http', [String(p.status)]),
  'fetch.permissionRefused': (p) => i18n.t('said.fetch.permissionRefused', [p.host]),
  'fetch.noContent': () => i18n.t('said.fetch.noContent'),

  'feed.notWellFormed': (p) => i18n.t('said.feed.notWellFormed', [p.problem]),
  'feed.unreadable': (p) => i18n.t('said.feed.unreadable', [p.detail]),
  'feed.html': () => i18n.t('said.feed.html'),
  'feed.noRoot': () => i18n.t('said.feed.noRoot'),
  'feed.badJson': (p) => i18n.t('said.feed.badJson', [p.detail]),
  'feed.empty': () => i18n.t('said.feed.empty'),
  'feed.notJsonFeed': () => i18n.t('said.feed.notJsonFeed'),
  'feed.plainText': () => i18n.t('said.feed.plainText'),
  'feed.tooLarge': (p) => i18n.t('said.feed.tooLarge', [n(p.megabytes)]),
  'feed.noItems': () => i18n.t('said.feed.noItems'),
  'feed.couldNotRead': (p) => i18n.t('said.feed.couldNotRead', [p.detail]),
  'feed.linksUnreadable': (p) =>
    i18n.t('said.feed.linksUnreadable', p.feeds, [
      n(p.feeds),
      p.failures.map((f) => i18n.t('said.feed.linkFailure', [f.url, say(f.reason)])).join('; '),
    ]),
  'feed.noneFound': (p) => i18n.t('said.feed.noneFound', [p.paths, p.host]),

  'opml.tooLarge': (p) => i18n.t('said.opml.tooLarge', [n(p.megabytes)]),
  'opml.invalid': (p) => i18n.t('said.opml.invalid', [p.problem, n(p.line), n(p.column)]),
  'opml.notOpml': () => i18n.t('said.opml.notOpml'),
  'opml.unreadable': () => i18n.t('said.opml.unreadable'),

  'source.alreadyYours': () => i18n.t('said.source.alreadyYours'),
  'source.couldNotAdd': (p) => i18n.t('said.source.couldNotAdd', [say(p.reason)]),
  'source.enterAddress': () => i18n.t('said.source.enterAddress'),
  'source.notAddress': (p) => i18n.t('said.source.notAddress', [p.text]),
  'source.onlyHttp': () => i18n.t('said.source.onlyHttp'),
  'source.gone': () => i18n.t('said.source.gone'),
  'source.parked': (p) => i18n.t('said.source.parked', [n(p.attempts)]),
  'source.storeFull': () => i18n.t('said.source.storeFull'),
  'source.storeFailed': (p) => i18n.t('said.source.storeFailed', [p.detail]),

  'catalogue.damaged': (p) =>
    p.more > 0
      ? i18n.t('said.catalogue.damagedMore', [p.problems, n(p.more)])
      : i18n.t('said.catalogue.damaged', [p.problems]),

  'outlet.chooseCountry': () => i18n.t('said.outlet.chooseCountry'),
  'outlet.noRegion': (p) => i18n.t('said.outlet.noRegion', [p.country]),
  'outlet.chooseOwnership': () => i18n.t('said.outlet.chooseOwnership'),
  'outlet.chooseLanguage': () => i18n.t('said.outlet.chooseLanguage'),

  'settings.range': (p) => i18n.t('said.range', [SETTINGS[p.setting](), n(p.min), n(p.max)]),

  'search.off': () => i18n.t('said.search.off'),
  'search.nothingToSearch': () => i18n.t('said.search.nothingToSearch'),
  'search.noPermission': (p) => i18n.t('said.search.noPermission', [p.host, p.name]),
  'search.failed': (p) => i18n.t('said.search.failed', [p.name, say(p.reason)]),
  'search.hostAnswered': (p) => i18n.t('said.search.hostAnswered', [p.host, say(p.reason)]),
  'search.noContent': (p) => i18n.t('said.search.noContent', [p.name]),
  'search.notResults': (p) => i18n.t('said.search.notResults', [p.name, p.host, say(p.detail)]),
  'search.gdeltSaid': (p) => i18n.t('said.search.gdeltSaid', [p.said]),
  'search.gdeltEmpty': () => i18n.t('said.search.gdeltEmpty'),
  'search.slowDown': (p) => i18n.t('said.search.slowDown', p.minutes, [n(p.minutes), p.name]),

  'tab.offLimits': () => i18n.t('said.tab.offLimits'),
  'tab.needsClick': () => i18n.t('said.tab.needsClick'),
  'tab.unreadable': (p) => i18n.t('said.tab.unreadable', [p.detail]),
  'page.notArticle': () => i18n.t('said.notArticle'),

  'request.fromPage': () => i18n.t('said.request.fromPage'),
  'request.unknown': () => i18n.t('said.request.unknown'),
  'request.malformed': (p) =>
    p.at
      ? i18n.t('said.request.malformedAt', [p.problem || i18n.t('said.request.malformedWhy'), p.at])
      : i18n.t('said.request.malformed', [p.problem || i18n.t('said.request.malformedWhy')]),
};

/**
 * What utils/ said, in the reader's words. A string is shown as it is: an error stored before errors were codes
 * (a source's last error from an older version) is already a sentence.
 */
export function say(what: Said | string): string {
  if (typeof what === 'string') return what;
  if (!isSaid(what)) return String(what);
  const words = WORDS[what.code] as ((p: unknown) => string) | undefined;
  // A code from a newer version than this one (stored data read after a downgrade): say nothing wrong.
  return words ? words(what.params) : what.code;
}

/** A failure from utils/ with its reason in the reader's words, for views whose outcomes carry text. */
export const worded = (failure: Failure): { ok: false; error: string } => ({ ok: false, error: say(failure.error) });
