// The syntax tree of a `.sora` file. Positions follow LSP: 0-based lines, and characters counted in
// UTF-16 code units (which is what a JavaScript string index already is), so a range can go to any
// editor unchanged. Nothing here knows about LSP or VS Code.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A piece of source text and where it stands. */
export interface Span {
  text: string;
  range: Range;
}

export type FieldKind =
  | 'Scene'
  | 'Subject'
  | 'Camera'
  | 'Lens'
  | 'Motion'
  | 'Lighting'
  | 'Audio'
  | 'Dialogue'
  | 'Style'
  | 'Avoid'
  | 'Cameo';

/**
 * Where a piece of prompt text sits. `Prose` is text that belongs to no field (a plain-sentence
 * prompt, or text after a blank line); `Unknown` is the content of a `Name:` line whose name is not
 * a field we know.
 */
export type TextContext = FieldKind | 'Prose' | 'Unknown';

export interface Timestamp extends Span {
  /** Seconds from the start of the clip; undefined when the text is malformed. */
  seconds: number | undefined;
  /** Why the text is not a valid timestamp, when it is not. */
  malformed?: string;
  /** A valid spelling of the same time, when one can be inferred (`00:75` -> `01:15`). */
  normalized?: string;
  /** True for the second time of a range (`00:04-00:08`): a range may end exactly where its shot or clip ends. */
  endsRange?: boolean;
}

export interface TimeRange {
  start: Timestamp;
  end: Timestamp;
  range: Range;
}

export interface Comment extends Span {}

export interface FrontMatterEntry {
  /** The key as written. */
  key: Span;
  /** The key lower-cased, for lookup. */
  name: string;
  value: Span;
  range: Range;
}

export interface FrontMatter {
  /** From the opening `---` to the closing one (or the last entry when it is not closed). */
  range: Range;
  openingRange: Range;
  closed: boolean;
  entries: FrontMatterEntry[];
}

/** One line of a `Dialogue` field: `Speaker (00:03): "words"`. */
export interface DialogueLine {
  speaker: Span;
  time?: Timestamp;
  /** The spoken words (inside the quotes when quoted). Never linted: it is the creator's script. */
  speech?: Span;
  range: Range;
}

/** A negative phrase: an item of an `Avoid` list, or an inline `no grain` in Style. */
export interface NegativePhrase extends Span {}

export interface Field {
  /** The field this is, once aliases are resolved; undefined for an unknown `Name:` or for prose. */
  kind: FieldKind | undefined;
  context: TextContext;
  /** The name as written (`Cinematography`), absent for prose. */
  name?: Span;
  /** Whole field, name through its last continuation line. */
  range: Range;
  /**
   * The prompt text of the field, one segment per line, with comments cut off. For a Dialogue field
   * these are the lines that are not dialogue lines (stage directions).
   */
  segments: Span[];
  /** Timestamps found in the segments and dialogue lines, in order. */
  timestamps: Timestamp[];
  dialogue: DialogueLine[];
  negatives: NegativePhrase[];
}

export interface ShotHeading extends Span {
  /** The heading's text after the `#` marks. */
  title: Span;
  /** The time range the heading carries, if any. */
  timeRange?: TimeRange;
  /** Timestamps in the heading that are not part of its range. */
  otherTimestamps: Timestamp[];
}

export interface Shot {
  /** 0-based position among the file's shots. */
  index: number;
  /** Absent for the implicit shot made of the text before the first heading. */
  heading?: ShotHeading;
  range: Range;
  fields: Field[];
}

export interface SoraTree {
  /** Number of lines in the source (a trailing newline starts one more, empty, line). */
  lineCount: number;
  /** True when the text starts with a byte order mark. */
  hasBom: boolean;
  frontMatter?: FrontMatter;
  shots: Shot[];
  comments: Comment[];
  /**
   * The comments that mention `sora-` in any case: the only ones that can be disable comments, or
   * be mistaken for one. A handful in a long file, so the checks that read them need not read all.
   */
  directives: Comment[];
}
