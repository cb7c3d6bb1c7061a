import type { Range, Timestamp } from './tree';

// A candidate is anything shaped like a clock reading, including broken ones (`1:2`, `00:75`), so
// that malformed cue times are reported rather than silently read as prose. The look-arounds keep
// it out of longer numbers and ratios such as `1280x720` or `2.39:1`.
export const TIMESTAMP_CANDIDATE = /(?<![\w.:])(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(\.\d+)?(?![\w:]|\.\d)/g;

// Two candidates joined by `-`, `–` (en dash) or `to`. The em dash is left out on purpose: headings
// use it to separate their parts (`# Shot 2 — 00:04-00:12 — the landing`).
const CANDIDATE_SOURCE = String.raw`\d{1,2}:\d{1,2}(?::\d{1,2})?(?:\.\d+)?`;
export const TIME_RANGE = new RegExp(
  String.raw`(?<![\w.:])(${CANDIDATE_SOURCE})(\s*(?:-|–|\bto\b)\s*)(${CANDIDATE_SOURCE})(?![\w:]|\.\d)`,
  'g',
);

/** A length of time in messages: `12 s`, `4.5 s` (one decimal at most). */
export function lengthText(seconds: number): string {
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

export function formatSeconds(totalSeconds: number): string {
  const whole = Math.floor(totalSeconds);
  const fraction = totalSeconds - whole;
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const fractionText = fraction > 1e-9 ? String(Math.round(fraction * 1000) / 1000).replace(/^0/, '') : '';
  const clock = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return clock + fractionText;
}

const CLOCK = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(\.\d+)?$/;
const IN_SECONDS = /^(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)$/i;

/** Reads `M:SS`, `MM:SS` or `H:MM:SS` with an optional fraction; says why when it cannot. */
export function readClock(text: string): { seconds?: number; malformed?: string; normalized?: string } {
  const match = CLOCK.exec(text);
  if (!match) {
    const inSeconds = IN_SECONDS.exec(text.trim());
    if (inSeconds) {
      const normalized = formatSeconds(Number(inSeconds[1]));
      return { malformed: `"${text}" is not a clock time: write it as ${normalized}`, normalized };
    }
    return { malformed: `"${text}" is not a time: write M:SS, MM:SS or H:MM:SS` };
  }
  const [, first, second, third, fractionText] = match;
  const fraction = fractionText ? Number(fractionText) : 0;
  const hours = third === undefined ? 0 : Number(first);
  const minutes = third === undefined ? Number(first) : Number(second);
  const seconds = third === undefined ? Number(second) : Number(third);
  const total = hours * 3600 + minutes * 60 + seconds + fraction;
  const lastDigits = third ?? second;
  // The spelled-out time is only needed to explain a malformed one: a file has thousands of good ones.
  if (lastDigits.length !== 2) {
    const normalized = formatSeconds(total);
    return { malformed: `"${text}" needs two digits for the seconds (for example ${normalized})`, normalized };
  }
  if (third !== undefined && second.length !== 2) {
    const normalized = formatSeconds(total);
    return { malformed: `"${text}" needs two digits for the minutes (for example ${normalized})`, normalized };
  }
  if (seconds >= 60) {
    const normalized = formatSeconds(total);
    return { malformed: `"${text}" has ${seconds} seconds; seconds run from 00 to 59 (did you mean ${normalized}?)`, normalized };
  }
  if (third !== undefined && minutes >= 60) {
    const normalized = formatSeconds(total);
    return { malformed: `"${text}" has ${minutes} minutes; minutes run from 00 to 59 (did you mean ${normalized}?)`, normalized };
  }
  return { seconds: total };
}

export function makeTimestamp(text: string, range: Range): Timestamp {
  const reading = readClock(text);
  const timestamp: Timestamp = { text, range, seconds: reading.seconds };
  if (reading.malformed) timestamp.malformed = reading.malformed;
  if (reading.normalized) timestamp.normalized = reading.normalized;
  return timestamp;
}

/**
 * Reads a front-matter duration: `12s`, `12`, `12 sec`, `12 seconds`, `0:12`. Returns undefined when
 * the text is not a duration at all.
 */
export function readDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const plain = /^(\d+(?:\.\d+)?)\s*(?:s|sec|secs|second|seconds)?$/i.exec(trimmed);
  if (plain) return Number(plain[1]);
  const clock = readClock(trimmed);
  return clock.seconds;
}
