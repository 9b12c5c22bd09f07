/**
 * A status line on a terminal's stderr while a run is under way: the stage, specs done and
 * operations seen, redrawn in place (`\r`, erase to end of line) and erased when the run ends,
 * so only the summary stays. Nothing at all when stderr is not a terminal (CI logs, pipes).
 */

export interface ProgressState {
  /** What is happening now, e.g. `emitting types for specs/modbox.yaml`. */
  stage: string;
  specsDone: number;
  specs: number;
  operations: number;
}

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** The line for one frame, cut to the terminal's width (a wrapped line cannot be redrawn in place). */
export function progressLine(state: ProgressState, frame: number, columns: number): string {
  const operations = state.operations === 0 ? "" : ` · ${state.operations} ${state.operations === 1 ? "operation" : "operations"}`;
  const line = `${SPINNER[frame % SPINNER.length]} ${state.specsDone}/${state.specs} specs${operations} · ${state.stage}`;
  const width = Math.max(10, columns - 1);
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export class Progress {
  private state: ProgressState = { stage: "starting", specsDone: 0, specs: 0, operations: 0 };
  private frame = 0;
  private shown = false;
  private readonly timer: NodeJS.Timeout | undefined;

  /** Draws only when `enabled` (a terminal, not --quiet or --json); the first frame after 80 ms, so quick runs never flash one. */
  constructor(
    private readonly stream: ProgressStream,
    enabled: boolean,
  ) {
    if (!enabled) return;
    this.timer = setInterval(() => this.draw(), 80);
    this.timer.unref();
  }

  update(change: Partial<ProgressState>): void {
    this.state = { ...this.state, ...change };
  }

  get current(): Readonly<ProgressState> {
    return this.state;
  }

  /** Erases the line, e.g. before printing an error or the summary. */
  clear(): void {
    if (this.shown) this.stream.write("\r\u001b[K");
    this.shown = false;
  }

  stop(): void {
    clearInterval(this.timer);
    this.clear();
  }

  private draw(): void {
    // A pseudo-terminal may report 0 columns: assume the classic 80.
    const columns = this.stream.columns !== undefined && this.stream.columns > 0 ? this.stream.columns : 80;
    this.stream.write(`\r${progressLine(this.state, this.frame++, columns)}\u001b[K`);
    this.shown = true;
  }
}
