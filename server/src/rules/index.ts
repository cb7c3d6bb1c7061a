import { aspectUnsupported } from './aspect-unsupported';
import { durationUnsupported } from './duration-unsupported';
import { frontMatterUnclosed } from './front-matter-unclosed';
import { missingCamera } from './missing-camera';
import type { Rule } from './rule';
import { sizeUnsupported } from './size-unsupported';
import { timestampMalformed } from './timestamp-malformed';
import { timestampOutOfRange } from './timestamp-out-of-range';
import { unknownField } from './unknown-field';
import { unknownFrontMatterKey } from './unknown-front-matter-key';
import { unknownModel } from './unknown-model';
import { vagueAdjective } from './vague-adjective';

/** Every rule, in the order their problems are listed for one position. */
export const RULES: readonly Rule[] = [
  frontMatterUnclosed,
  unknownFrontMatterKey,
  unknownModel,
  durationUnsupported,
  sizeUnsupported,
  aspectUnsupported,
  unknownField,
  timestampMalformed,
  timestampOutOfRange,
  vagueAdjective,
  missingCamera,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
