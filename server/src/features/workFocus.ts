import { countBreaks } from '../language/blocks';
import { LineMover } from '../language/lineMover';
import type { ShownWindow } from './problemLimit';

/** One change to a document, as an editor reports it: the lines it replaced and the text put there. */
export interface LineChange {
  startLine: number;
  endLine: number;
  text: string;
}

/**
 * Where the user works in one document: the line `problemsToShow` chooses problems around when
 * `sora.maxProblems` holds some back. It follows the user's edits and cursor, but while they stay
 * among the problems already shown it stays put, so the shown problems do not shift with every
 * keystroke. Lines added or removed above it move it with the text.
 */
export class WorkFocus {
  /** The line problems are chosen around. */
  line = 0;
  /** Where the shown problems of the severity that was cut lie; undefined when every problem is shown. */
  private window: ShownWindow | undefined;

  /** Where the problems last shown lie, moved with the lines edited since (see `shown`). */
  get shownWindow(): ShownWindow | undefined {
    return this.window;
  }

  /** The problems were sent: `window` is where those of the cut severity lie (see `ProblemsToShow`). */
  shown(window: ShownWindow | undefined): void {
    this.window = window && { ...window };
  }

  /**
   * The document changed. A single change is where the user types; several at once (formatting,
   * fix-all, several cursors) say nothing about where they look, so they only move the lines.
   */
  edited(changes: readonly LineChange[]): void {
    for (const change of changes) this.shift(change);
    if (changes.length === 1) this.moveTo(changes[0].startLine);
  }

  /** The cursor is on `line`. Says whether other problems are now the nearest, and should be sent. */
  cursorAt(line: number): boolean {
    return this.moveTo(line);
  }

  private moveTo(line: number): boolean {
    const window = this.window;
    if (window && line >= window.startLine && line <= window.endLine) return false;
    this.line = line;
    return window !== undefined;
  }

  /** Keeps the focus and the window on the same text when a change adds or removes lines before them. */
  private shift(change: LineChange): void {
    const added = countBreaks(change.text, 0, change.text.length, true) - (change.endLine - change.startLine);
    if (!added) return;
    const mover = new LineMover(change.endLine + 1, added);
    this.line = mover.line(this.line);
    if (this.window) this.window = { ...this.window, startLine: mover.line(this.window.startLine), endLine: mover.line(this.window.endLine) };
  }
}
