import type { Coverage, CoverageCount } from '../../utils/context/types';
import { i18n } from '#i18n';
import { counted } from '../counted';
import { coverageGroupName } from '../labels';

/** A small bar chart: one labelled row per count. The bars are decoration; the numbers are text. */
function Bars({ title, counts }: { title: string; counts: CoverageCount[] }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <div className="bars">
      <p className="bars-title">{title}</p>
      <ul>
        {counts.map((c) => (
          <li key={`${c.group.kind}:${coverageGroupName(c.group)}`} className="bar-row">
            <span className="bar-label">{coverageGroupName(c.group)}</span>
            <span className="bar" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${Math.round((c.count / max) * 100)}%` }} />
            </span>
            <span className="bar-count">{c.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Names joined as a list ("a, b, c"); the separator is the same in every locale Sidelight has so far. */
const listOf = (names: string[]) => names.join(', ');

const known = (counts: CoverageCount[]) => counts.some((c) => c.group.kind !== 'unknown');

/**
 * "Coverage": how many outlets reported the event, by country, region and ownership, and the blindspot. A roundup
 * (a live page, a briefing) reports many events and none is its same story, so nothing is counted for it: "nobody
 * else reported this" and a blindspot would both be untrue.
 */
export function CoverageSection({
  coverage,
  articleOutlet,
  roundup = false,
}: {
  coverage: Coverage;
  articleOutlet: string;
  roundup?: boolean;
}) {
  return (
    <section className="section" aria-labelledby="section-coverage">
      <h2 id="section-coverage">{i18n.t('coverage.heading')}</h2>
      {roundup ? (
        <p className="coverage-line">{i18n.t('coverage.roundup')}</p>
      ) : (
        <CoverageCounts coverage={coverage} articleOutlet={articleOutlet} />
      )}
    </section>
  );
}

/** The counts of reports and outlets, their charts and the blindspot. */
function CoverageCounts({ coverage, articleOutlet }: { coverage: Coverage; articleOutlet: string }) {
  const { blindspot } = coverage;
  return (
    <>
      <p className="coverage-line">
        {coverage.reports === 0
          ? i18n.t('coverage.noneYet', [articleOutlet || i18n.t('coverage.thisSite')])
          : i18n.t('coverage.line', [
              counted('count.reports', coverage.reports),
              counted('count.outlets', coverage.outlets),
              articleOutlet || i18n.t('coverage.thisSite'),
            ])}
      </p>
      {coverage.outlets > 0 && (known(coverage.byCountry) || known(coverage.byOwnership)) && (
        <div className="charts">
          <Bars title={i18n.t('coverage.byCountry')} counts={coverage.byCountry} />
          {known(coverage.byRegion) && <Bars title={i18n.t('coverage.byRegion')} counts={coverage.byRegion} />}
          <Bars title={i18n.t('coverage.byOwnership')} counts={coverage.byOwnership} />
        </div>
      )}
      {!known(coverage.byCountry) && !known(coverage.byOwnership) && coverage.outlets > 0 && (
        <p className="footnote">{i18n.t('coverage.noMetadata')}</p>
      )}
      <p className="blindspot">
        <strong>{i18n.t('coverage.blindspot')} </strong>
        {blindspot.length === 0
          ? coverage.groupedBy === 'facts'
            ? i18n.t('coverage.everyGroup')
            : i18n.t('coverage.everySource')
          : coverage.groupedBy === 'facts'
            ? i18n.t('coverage.notCoveredIn', [
                listOf(
                  blindspot.map((b) =>
                    i18n.t('coverage.groupSources', [coverageGroupName(b.group), counted('count.sources', b.sources)]),
                  ),
                ),
              ])
            : i18n.t('coverage.notCoveredBy', [listOf(blindspot.map((b) => coverageGroupName(b.group)))])}
      </p>
    </>
  );
}
