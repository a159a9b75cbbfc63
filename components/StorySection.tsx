import type { MatchResult } from '../utils/types';
import { StoryRow } from './StoryRow';

/** A headed list of related stories, with a line saying so when it is empty. */
export function StorySection(props: {
  id: string;
  title: string;
  hint: string;
  matches: MatchResult[];
  empty: string;
  now: number;
}) {
  // A fixed id (not one made from the title): the title is translated.
  const { id } = props;
  return (
    <section className="section" aria-labelledby={id}>
      {/* The count sits beside the heading, not in it: the heading's name stays exactly the section's (UI contract). */}
      <div className="section-head">
        <h2 id={id}>{props.title}</h2>
        {props.matches.length > 0 && <span className="count">{props.matches.length}</span>}
      </div>
      <p className="section-hint">{props.hint}</p>
      {props.matches.length === 0 ? (
        <p className="empty">{props.empty}</p>
      ) : (
        <ul className="stories">
          {props.matches.map((m) => (
            <StoryRow key={m.story.id} match={m} now={props.now} />
          ))}
        </ul>
      )}
    </section>
  );
}
