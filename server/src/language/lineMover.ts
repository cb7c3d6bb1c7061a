// Moving a shot's tree down (or up) the file without parsing it again. An edit that adds or removes
// lines leaves every shot below it unchanged but for where it stands: copying those trees with their
// lines moved costs a fraction of parsing and checking them again (a speed choice; see
// docs/performance.md).
import type { DialogueLine, Field, Position, Range, Shot, ShotHeading, Span, Timestamp } from './tree';

const identities = new WeakMap<Shot, object>();

/**
 * A key that stays the same when LineMover moves a shot: for caches of what does not depend on
 * where the shot stands (its rendered prompt text), so a moved shot keeps them.
 */
export function shotIdentity(shot: Shot): object {
  let identity = identities.get(shot);
  if (!identity) {
    identity = {};
    identities.set(shot, identity);
  }
  return identity;
}

/** `list` mapped, or `list` itself when empty: the parser's shared empty lists stay shared in the copies. */
function mapped<T>(list: T[], map: (item: T) => T): T[] {
  return list.length ? list.map(map) : list;
}

export class LineMover {
  // Objects the tree shares are shared by the copies too: a dialogue line's time is also in its
  // field's timestamps, and a finding may point at a segment (see `segment`).
  private readonly timestamps = new Map<Timestamp, Timestamp>();
  private readonly segments = new Map<Span, Span>();

  /** Moves every position at or below `fromLine` by `delta` lines; positions above stay. */
  constructor(
    readonly fromLine: number,
    readonly delta: number,
  ) {}

  /** Where a line moves to. */
  line(line: number): number {
    return line >= this.fromLine ? line + this.delta : line;
  }

  position(position: Position): Position {
    return position.line >= this.fromLine ? { line: position.line + this.delta, character: position.character } : position;
  }

  range(range: Range): Range {
    return { start: this.position(range.start), end: this.position(range.end) };
  }

  // The copies below are written out key by key, in the order the parser creates the keys, rather
  // than spread: it gives every copy the parser's object shape, several times faster to make and to
  // read, and the same JSON.

  /** A plain span (a name, a segment, a comment, a negative phrase). */
  span(span: Span): Span {
    return { text: span.text, range: this.range(span.range) };
  }

  /** The moved copy of a segment of a moved shot (the same copy every time it is asked for). */
  segment(segment: Span): Span {
    let copy = this.segments.get(segment);
    if (!copy) {
      copy = this.span(segment);
      this.segments.set(segment, copy);
    }
    return copy;
  }

  timestamp(timestamp: Timestamp): Timestamp {
    let copy = this.timestamps.get(timestamp);
    if (!copy) {
      copy = { text: timestamp.text, range: this.range(timestamp.range), seconds: timestamp.seconds };
      if (timestamp.malformed !== undefined) copy.malformed = timestamp.malformed;
      if (timestamp.normalized !== undefined) copy.normalized = timestamp.normalized;
      if (timestamp.endsRange !== undefined) copy.endsRange = timestamp.endsRange;
      this.timestamps.set(timestamp, copy);
    }
    return copy;
  }

  shot(shot: Shot): Shot {
    const copy: Shot = { index: shot.index, range: this.range(shot.range), fields: shot.fields.map((field) => this.field(field)) };
    if (shot.heading) copy.heading = this.heading(shot.heading);
    identities.set(copy, shotIdentity(shot));
    return copy;
  }

  private heading(heading: ShotHeading): ShotHeading {
    const copy: ShotHeading = {
      text: heading.text,
      range: this.range(heading.range),
      title: this.span(heading.title),
      otherTimestamps: mapped(heading.otherTimestamps, (t) => this.timestamp(t)),
    };
    if (heading.timeRange) {
      const { start, end, range } = heading.timeRange;
      copy.timeRange = { start: this.timestamp(start), end: this.timestamp(end), range: this.range(range) };
    }
    return copy;
  }

  private field(field: Field): Field {
    return {
      kind: field.kind,
      context: field.context,
      name: field.name && this.span(field.name),
      range: this.range(field.range),
      segments: field.segments.map((s) => this.segment(s)),
      timestamps: mapped(field.timestamps, (t) => this.timestamp(t)),
      dialogue: mapped(field.dialogue, (d) => this.dialogueLine(d)),
      negatives: mapped(field.negatives, (n) => this.span(n)),
    };
  }

  private dialogueLine(line: DialogueLine): DialogueLine {
    const copy: DialogueLine = { speaker: this.span(line.speaker), range: this.range(line.range) };
    if (line.time) copy.time = this.timestamp(line.time);
    if (line.speech) copy.speech = this.span(line.speech);
    return copy;
  }
}
