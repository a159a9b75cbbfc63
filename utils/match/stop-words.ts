/**
 * English stop words: function words plus the reporting verbs every news story uses ("said", "told").
 * They carry no information about *which* event a story reports, so they are neither indexed nor matched.
 * Written for Sidelight; lowercase, apostrophes removed ("don't" → "dont").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost along already also although am among an and another any
  anyone anything are around as at away be became because become been before being below between both but by
  can cannot could did do does doing done dont down during each either else ever every few for from further
  get gets got had has have having he her here hers herself him himself his how however i if in into is it its
  itself just last least less like many may me might more most much must my myself near neither never no nor
  not now of off often on once one only or other others our ours ourselves out over own per perhaps put
  quite rather really said say saying says see seen shall she should since so some someone something still
  such than that the their theirs them themselves then there these they this those though through thus to
  told too toward towards under until up upon us very via was we were what whatever when where whether which
  while who whom whose why will with within without would yet you your yours yourself
  isnt arent wasnt werent hasnt havent hadnt doesnt didnt wont wouldnt couldnt shouldnt cant im ive id youre
  hes shes theyre weve theyve thats theres whats lets mr mrs ms
  according added adding asked including know known make made mean told tell think took take takes taking
  went going goes come came comes want wanted way well us yesterday today tonight`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Weekday and month names (and common abbreviations), clock and time-zone marks. Capitalised in English but they are dates, not names:
 * entity extraction skips them; they stay ordinary index terms.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec am pm et pt gmt bst utc edt est cdt cst pdt pst`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
