// Search words for the keystroke benchmark, chosen from the very events the app will show:
// words whose every prefix, typed one character at a time, narrows the results further, so
// every keystroke has a DOM update to wait for.

/** Lower case without diacritics, close to the app's fold() (src/query/fold.rs). */
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Every synthetic event has the same one source (src/query/synthetic.rs: PARTY_SOURCES), whose
 * publisher the JSON leaves out but the app searches.
 */
const SYNTHETIC_PUBLISHER = 'United Nations Treaty Collection';

/**
 * What the app searches: title, summary, country names and source publishers
 * (src/query/catalog.rs, haystack()). Should it drift from the app, a prefix that does not
 * change the results is still measured, as a sample with mutated: false.
 */
function haystacks(events) {
  return events.map((e) => fold(`${e.title}\n${e.summary}\n${e.countries}\n${SYNTHETIC_PUBLISHER}`));
}

/** How many haystacks contain each successive prefix of `word`, narrowing as it goes. */
function prefixCounts(texts, word) {
  const counts = [];
  let matching = texts;
  for (let length = 1; length <= word.length; length++) {
    const prefix = word.slice(0, length);
    matching = matching.filter((text) => text.includes(prefix));
    counts.push(matching.length);
  }
  return counts;
}

/**
 * Up to `howMany` words (5 to 10 letters, found in the data) that narrow the results at as
 * many keystrokes as possible: ideally at every one (prefix counts strictly decreasing from
 * the total, never zero). Ties go to longer words, then by name, so the choice is stable;
 * the three start with different letters to exercise different parts of the data.
 */
export function chooseSearchWords(events, howMany = 3) {
  const texts = haystacks(events);
  const candidates = new Set();
  for (const e of events.slice(0, 2000)) {
    for (const word of fold(`${e.title} ${e.countries}`).match(/[a-z]{5,10}/g) ?? []) candidates.add(word);
  }
  const scored = [];
  for (const word of candidates) {
    const counts = prefixCounts(texts, word);
    if (counts.at(-1) === 0) continue;
    const narrowing = counts.filter((count, i) => count < (i ? counts[i - 1] : texts.length)).length;
    scored.push({ word, counts, narrowing, everyPrefix: narrowing === word.length });
  }
  scored.sort((a, b) => b.narrowing / b.word.length - a.narrowing / a.word.length
    || b.word.length - a.word.length || a.word.localeCompare(b.word));
  const chosen = [];
  for (const candidate of scored) {
    if (chosen.some((c) => c.word[0] === candidate.word[0])) continue;
    chosen.push(candidate);
    if (chosen.length === howMany) break;
  }
  return chosen;
}
