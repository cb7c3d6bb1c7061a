import { DEFAULT_MODEL_ID } from './profiles';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleLevel = Severity | 'off';

/** A word the user adds to the vague-word list, with their own rewrites if they gave any. */
export interface ExtraVagueWord {
  word: string;
  rewrites: string[];
}

export interface SoraSettings {
  /** The model used when a file's front matter names none. */
  defaultModel: string;
  /** Profile overrides and additions, keyed by profile id. */
  models: Record<string, unknown>;
  /** Per-rule level; a rule not listed keeps its default severity. */
  rules: Record<string, RuleLevel>;
  vagueWords: {
    extra: ExtraVagueWord[];
    /** Words never reported, lower-case. */
    allowed: string[];
  };
  /** People whose consent to appear as a cameo is on record, as written in `Cameo:` lines. */
  cameoConsent: string[];
  /** The most problems an editor is sent for one file (0: no limit); see `problemsToShow`. */
  maxProblems: number;
}

export const DEFAULT_SETTINGS: SoraSettings = {
  defaultModel: DEFAULT_MODEL_ID,
  models: {},
  rules: {},
  vagueWords: { extra: [], allowed: [] },
  cameoConsent: [],
  maxProblems: 1000,
};

const LEVELS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads settings as sent by a client or written in a file. Anything malformed falls back to its
 * default instead of failing: a typo in settings must never switch the checks off or crash the server.
 */
export function normalizeSettings(raw: unknown): SoraSettings {
  const input = isRecord(raw) ? raw : {};
  const defaultModel =
    typeof input.defaultModel === 'string' && input.defaultModel.trim()
      ? input.defaultModel.trim().toLowerCase()
      : DEFAULT_SETTINGS.defaultModel;
  const models = isRecord(input.models) ? input.models : {};
  const rules: Record<string, RuleLevel> = {};
  if (isRecord(input.rules)) {
    for (const [id, level] of Object.entries(input.rules)) {
      const normalized = typeof level === 'string' ? level.toLowerCase() : level === false ? 'off' : undefined;
      if (normalized && LEVELS.has(normalized)) rules[id] = normalized as RuleLevel;
    }
  }
  const vague = isRecord(input.vagueWords) ? input.vagueWords : {};
  const extra: ExtraVagueWord[] = [];
  if (Array.isArray(vague.extra)) {
    for (const entry of vague.extra) {
      if (typeof entry === 'string' && entry.trim()) extra.push({ word: entry.trim().toLowerCase(), rewrites: [] });
      else if (isRecord(entry) && typeof entry.word === 'string' && entry.word.trim()) {
        const rewrites = Array.isArray(entry.rewrites) ? entry.rewrites.filter((r): r is string => typeof r === 'string') : [];
        extra.push({ word: entry.word.trim().toLowerCase(), rewrites });
      }
    }
  }
  const allowed = Array.isArray(vague.allowed)
    ? vague.allowed.filter((w): w is string => typeof w === 'string').map((w) => w.trim().toLowerCase()).filter(Boolean)
    : [];
  const cameo = isRecord(input.cameo) ? input.cameo : {};
  const cameoConsent = Array.isArray(cameo.consented)
    ? cameo.consented.filter((n): n is string => typeof n === 'string').map((n) => n.trim()).filter(Boolean)
    : [];
  const maxProblems =
    typeof input.maxProblems === 'number' && Number.isInteger(input.maxProblems) && input.maxProblems >= 0
      ? input.maxProblems
      : DEFAULT_SETTINGS.maxProblems;
  return { defaultModel, models, rules, vagueWords: { extra, allowed }, cameoConsent, maxProblems };
}
