import { aspectUnsupported } from './aspect-unsupported';
import { audioUnsupported } from './audio-unsupported';
import { cameoWithoutConsent } from './cameo-without-consent';
import { cueOrder } from './cue-order';
import { dialogueTooLong } from './dialogue-too-long';
import { disableCommentInvalid } from './disable-comment-invalid';
import { durationUnsupported } from './duration-unsupported';
import { frontMatterUnclosed } from './front-matter-unclosed';
import { missingCamera } from './missing-camera';
import { modelRetired } from './model-retired';
import { moodOfScene } from './mood-of-scene';
import { moodOnPerson } from './mood-on-person';
import { multipleCameraMoves } from './multiple-camera-moves';
import { negationInAvoid } from './negation-in-avoid';
import { negativeUnsupported } from './negative-unsupported';
import { promptTooLong } from './prompt-too-long';
import type { Rule } from './rule';
import { settingsInProse } from './settings-in-prose';
import { shotRangeBackwards } from './shot-range-backwards';
import { shotRangeOverlap } from './shot-range-overlap';
import { sizeAspectMismatch } from './size-aspect-mismatch';
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
  modelRetired,
  durationUnsupported,
  sizeUnsupported,
  aspectUnsupported,
  sizeAspectMismatch,
  audioUnsupported,
  negativeUnsupported,
  unknownField,
  timestampMalformed,
  timestampOutOfRange,
  shotRangeBackwards,
  shotRangeOverlap,
  cueOrder,
  vagueAdjective,
  moodOnPerson,
  moodOfScene,
  settingsInProse,
  missingCamera,
  multipleCameraMoves,
  dialogueTooLong,
  negationInAvoid,
  cameoWithoutConsent,
  promptTooLong,
  disableCommentInvalid,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
