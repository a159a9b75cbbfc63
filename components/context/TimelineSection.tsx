import { groupByDay } from '../../utils/context/timeline';
import { i18n } from '#i18n';
import type { TimelineEntry } from '../../utils/context/types';
import { formatDateTime } from '../../utils/format/time';
import { dateTimeFormat } from '../../utils/format/formatters';
import { safeHref } from '../../utils/format/urls';

const kindLabel = (kind: TimelineEntry['kind']) =>
  kind === 'article'
    ? i18n.t('timeline.kindArticle')
    : kind === 'same'
      ? i18n.t('timeline.kindSame')
      : i18n.t('timeline.kindRelated');

const dayLabel = (day: string) =>
  dateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(`${day}T12:00:00`),
  );
const timeLabel = (time: number) => dateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(time);

/** "Timeline": the story and its background by date, grouped by day, the article's own place marked. */
export function TimelineSection({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <section className="section" aria-labelledby="section-timeline">
      <h2 id="section-timeline">{i18n.t('timeline.heading')}</h2>
      <p className="section-hint">{i18n.t('timeline.hint')}</p>
      <ol className="timeline">
        {groupByDay(entries).map((day) => (
          <li key={day.day} className="timeline-day">
            <p className="day-label">{dayLabel(day.day)}</p>
            <ul>
              {day.entries.map((e) => {
                const href = safeHref(e.story.url);
                return (
                  <li
                    key={`${e.kind}:${e.story.url}`}
                    className={`timeline-entry timeline-${e.kind}`}
                    aria-current={e.kind === 'article' ? 'true' : undefined}
                  >
                    <time
                      dateTime={new Date(e.story.published).toISOString()}
                      title={formatDateTime(e.story.published)}
                    >
                      {e.story.dateIsFetchTime ? '—' : timeLabel(e.story.published)}
                    </time>
                    <span className="timeline-text">
                      {e.kind === 'article' || !href ? (
                        <span className="timeline-title">{e.story.title}</span>
                      ) : (
                        <a className="timeline-title" href={href} target="_blank" rel="noopener noreferrer">
                          {e.story.title}
                        </a>
                      )}
                      <span className="muted">
                        {' '}
                        {e.story.outlet} · {kindLabel(e.kind)}
                      </span>
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
