// A list of words as one regular expression shaped like a trie ("sad(?:ly|ness)?|scared"): the
// engine tries only the branches whose first letters match, instead of every word at every
// position, which is what makes a scan for hundreds of words cost about as much as one.
import { escapeRegExp } from './regex';

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

function sourceOf(node: Node): string {
  const branches = [...node.next].map(([char, child]) => escapeRegExp(char) + sourceOf(child));
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && /^.$/s.test(body) ? `${body}?` : `(?:${body})?`;
}

/** The words (lower case) as a pattern source that matches exactly one of them; longer words win over their prefixes. */
export function wordAlternation(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return sourceOf(root);
}

/**
 * A global, case-insensitive expression for whole words of the list. Letters joined by a hyphen or
 * an apostrophe make one word (`eye-catching`, `courier's`), so a listed word inside a compound is
 * not matched. `\b` comes first so that the engine leaves most positions at once.
 */
export function wordPattern(words: Iterable<string>, suffix = ''): RegExp {
  const letter = 'A-Za-z\\u00C0-\\u024F';
  return new RegExp(`\\b(?<![${letter}][-–'’])(?<![\\u00C0-\\u024F])(?:${wordAlternation(words)})${suffix}(?![${letter}])(?![-–'’][${letter}])`, 'gi');
}
