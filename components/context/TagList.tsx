import type { TopicTag } from '../../utils/context/types';
import { i18n } from '#i18n';
import { formatCount } from '../../utils/format/plural';

/** Topic tags under the article's title, each saying how many texts carry it. */
export function TagList({ tags }: { tags: TopicTag[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="topic-tags" aria-label={i18n.t('context.topics')}>
      {tags.map((t) => (
        <li
          key={t.label}
          className="topic-tag"
          title={i18n.t('context.topicTitle', [formatCount(t.count), formatCount(t.of)])}
        >
          {t.label}
          <span className="topic-tag-count">{t.count}</span>
        </li>
      ))}
    </ul>
  );
}
