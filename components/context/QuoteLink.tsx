import type { MouseEvent } from 'react';
import { i18n } from '#i18n';
import { safeHref } from '../../utils/format/urls';
import type { Quote } from '../../utils/context/types';

/** Shows a quoted sentence in its page: the popup asks the background, the sidebar selects it in place. */
export type ShowQuote = (quote: Quote) => void;

/** Splits `text` around the words in `emphasis`, so they can be set in bold. */
function emphasise(text: string, emphasis: readonly string[]): { text: string; strong: boolean }[] {
  const words = emphasis.filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  if (words.length === 0) return [{ text, strong: false }];
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, strong: words.includes(part) }));
}

/**
 * A quoted sentence as a link to its place: a sentence of the article scrolls the page there (or opens it at a
 * text fragment), a sentence of another story opens that story in a new tab. Text is always text.
 */
export function QuoteLink({
  quote,
  emphasis = [],
  onShowQuote,
}: {
  quote: Quote;
  emphasis?: readonly string[];
  onShowQuote?: ShowQuote;
}) {
  const href = safeHref(quote.href);
  // Quotation marks around the sentence, unless it opens or closes with its own.
  const open = /^[“"‘']/.test(quote.text) ? '' : '“';
  const close = /[”"’']$/.test(quote.text) ? '' : '”';
  const parts = [
    open,
    ...emphasise(quote.text, emphasis).map((p, i) => (p.strong ? <strong key={i}>{p.text}</strong> : p.text)),
    close,
  ];
  if (!href) return <span className="quote">{parts}</span>;
  const inArticle = quote.from === 'article';
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!inArticle || !onShowQuote) return;
    event.preventDefault();
    onShowQuote(quote);
  };
  return (
    <a
      className="quote"
      href={href}
      target={inArticle ? undefined : '_blank'}
      rel={inArticle ? undefined : 'noopener noreferrer'}
      title={
        inArticle
          ? i18n.t('context.quoteInArticle')
          : i18n.t('context.quoteOpenStory', [quote.outlet ?? i18n.t('context.anotherOutlet')])
      }
      onClick={onClick}
    >
      <span className="quote-text">{parts}</span>
    </a>
  );
}

/** An outlet and the title of the story a quote comes from, as a small line under it. */
export function QuoteSource({ quote }: { quote: Quote }) {
  if (quote.from === 'article') return null;
  return (
    <span className="quote-source">
      <span className="story-outlet">{quote.outlet}</span>
      {quote.storyTitle && quote.storyTitle !== quote.text && <> · {quote.storyTitle}</>}
    </span>
  );
}
