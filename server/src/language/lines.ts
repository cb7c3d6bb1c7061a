const LINE_BREAK = /\r\n|\r|\n/g;

/** The lines of a text, split on first use; features that look at the line under the cursor share it. */
export class Lines {
  private cache: string[] | undefined;

  constructor(readonly text: string) {}

  private get all(): string[] {
    this.cache ??= this.text.split(LINE_BREAK);
    return this.cache;
  }

  get count(): number {
    return this.all.length;
  }

  /** The text of a line without its line break; empty past the end. */
  at(line: number): string {
    return this.all[line] ?? '';
  }
}
