/**
 * The possessive of an actor's name, as card headings use it. The rule: names ending in "s" take an apostrophe
 * alone ("Philippines' stake", "United States' stake"), all others "'s" ("China's stake", "NATO's stake"); a
 * leading "the" is dropped, since a heading starts with the name ("Houthis' stake", "Quad's stake").
 */
export function possessive(name: string): string {
  const bare = name.replace(/^the\s+/i, '');
  return /s$/i.test(bare) ? `${bare}'` : `${bare}'s`;
}

/** "China's stake". */
export function stakeHeading(name: string): string {
  return `${possessive(name)} stake`;
}

/** Names that read with "the" in running text ("the Philippines", "the United States"). */
const TAKES_THE =
  /^(?:United |Central African|Dominican Republic|Czech Republic|DR Congo|Republic of|Vatican|Gambia$|Bahamas$)|(?:s|Islands)$/;

/** The name as running text uses it: "from the Philippines", "from China". Organisations keep their own name. */
export function inRunningText(name: string): string {
  return !/^the /i.test(name) && TAKES_THE.test(name) ? `the ${name}` : name;
}

/** The possessive as running text uses it: "the Philippines'", "China's", "NATO's". */
export function possessiveInText(name: string): string {
  const text = inRunningText(name);
  return /^the /i.test(text) ? `${text.slice(0, 4)}${possessive(text.slice(4))}` : possessive(text);
}
