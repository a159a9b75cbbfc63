import type { Coverage, CoverageCount } from '../../utils/context/types';
import { plural } from '../../utils/format/plural';

/** A small bar chart: one labelled row per count. The bars are decoration; the numbers are text. */
function Bars({ title, counts }: { title: string; counts: CoverageCount[] }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <div className="bars">
      <p className="bars-title">{title}</p>
      <ul>
        {counts.map((c) => (
          <li key={c.label} className="bar-row">
            <span className="bar-label">{c.label}</span>
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

const known = (counts: CoverageCount[]) => counts.some((c) => !c.label.startsWith('Unknown'));

/** "Coverage": how many outlets reported the event, by country, region and ownership, and the blindspot. */
export function CoverageSection({ coverage, articleOutlet }: { coverage: Coverage; articleOutlet: string }) {
  const { blindspot } = coverage;
  return (
    <section className="section" aria-labelledby="section-coverage">
      <h2 id="section-coverage">Coverage</h2>
      <p className="coverage-line">
        {coverage.reports === 0
          ? `No other outlet in your sources has reported this yet; only ${articleOutlet || 'this site'}.`
          : `${plural(coverage.reports, 'report')} from ${plural(coverage.outlets, 'outlet')} in your sources, besides ${articleOutlet || 'this site'}.`}
      </p>
      {coverage.outlets > 0 && (known(coverage.byCountry) || known(coverage.byOwnership)) && (
        <div className="charts">
          <Bars title="By country" counts={coverage.byCountry} />
          {known(coverage.byRegion) && <Bars title="By region" counts={coverage.byRegion} />}
          <Bars title="By ownership" counts={coverage.byOwnership} />
        </div>
      )}
      {!known(coverage.byCountry) && !known(coverage.byOwnership) && coverage.outlets > 0 && (
        <p className="footnote">Sidelight knows no country or ownership for these outlets: sources added from its catalogue have them, and Edit outlet details on the options page sets them for any source.</p>
      )}
      <p className="blindspot">
        <strong>Blindspot: </strong>
        {blindspot.length === 0
          ? coverage.groupedBy === 'facts'
            ? 'every group of your sources has reported this.'
            : 'every one of your sources has reported this.'
          : `${coverage.groupedBy === 'facts' ? 'not covered by your sources in ' : 'not covered by '}${blindspot
              .map((b) => (coverage.groupedBy === 'facts' ? `${b.group} (${plural(b.sources, 'source')})` : b.group))
              .join(', ')}.`}
      </p>
    </section>
  );
}
