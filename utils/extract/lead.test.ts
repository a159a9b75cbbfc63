import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { makeLead } from './lead';
import { articleParagraphs, joinParagraphs } from './paragraphs';

const sentence = (n: number) => `Sentence number ${n} tells a little more of the story.`;

describe('makeLead', () => {
  it('keeps whole paragraphs while they fit in about 300 characters', () => {
    const paragraphs = [sentence(1) + ' ' + sentence(2), sentence(3) + ' ' + sentence(4), sentence(5).repeat(5)];
    expect(makeLead(paragraphs)).toBe(`${paragraphs[0]} ${paragraphs[1]}`);
  });

  it('cuts a long first paragraph at a sentence end', () => {
    const long = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');
    const lead = makeLead([long]);
    expect(lead.length).toBeLessThanOrEqual(300);
    expect(lead.endsWith('story.')).toBe(true);
    expect(long.startsWith(lead)).toBe(true);
  });

  it('cuts at a word boundary with an ellipsis when no sentence ends early enough', () => {
    const lead = makeLead(['word '.repeat(100)]);
    expect(lead.endsWith('word…')).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(300);
  });

  it('cuts text written without spaces', () => {
    const lead = makeLead(['字'.repeat(500)]);
    expect(lead.length).toBe(300);
  });

  it('skips a short kicker or dateline before the story', () => {
    expect(makeLead(['LIVE UPDATES', 'Updated 10:42', sentence(1)])).toBe(sentence(1));
    expect(makeLead([])).toBe('');
  });
});

function paragraphsOf(body: string) {
  const doc = new JSDOM(`<!doctype html><body><div id="root">${body}</div></body>`).window.document;
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return articleParagraphs(root);
}

describe('articleParagraphs', () => {
  it('splits at block elements, keeps <br> as a line break and collapses whitespace', () => {
    const paragraphs = paragraphsOf(
      '<h2>Title</h2><p>One\n   <em>two</em>\tthree</p><p>Line<br>next</p><ul><li>a</li><li>b</li></ul>',
    );
    expect(joinParagraphs(paragraphs)).toBe('Title\n\nOne two three\n\nLine\nnext\n\na\n\nb');
  });

  it('separates figure captions, picture credits and the caption after a bare picture from story text', () => {
    const paragraphs = paragraphsOf(
      '<figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>' +
        '<p><img src="b.jpg"></p><p>Caption under a bare picture</p>' +
        '<p><span><img src="c.jpg"><span>Credit: Agency</span></span> Story text starts here.</p>',
    );
    expect(paragraphs.map((p) => [p.text, p.story])).toEqual([
      ['A caption', ''],
      ['Caption under a bare picture', ''],
      ['Credit: Agency Story text starts here.', 'Story text starts here.'],
    ]);
  });

  it('never takes text from scripts, styles or templates', () => {
    const text = joinParagraphs(
      paragraphsOf('<p>Kept<script>evil()</script><style>p{}</style><template>t</template></p>'),
    );
    expect(text).toBe('Kept');
  });
});
