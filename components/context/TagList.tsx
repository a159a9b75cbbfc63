import type { TopicTag } from '../../utils/context/types';

/** Topic tags under the article's title, each saying how many texts carry it. */
export function TagList({ tags }: { tags: TopicTag[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="topic-tags" aria-label="Topics">
      {tags.map((t) => (
        <li key={t.label} className="topic-tag" title={`In ${t.count} of ${t.of} texts (this article and the stories matched to it)`}>
          {t.label}
          <span className="topic-tag-count">{t.count}</span>
        </li>
      ))}
    </ul>
  );
}
