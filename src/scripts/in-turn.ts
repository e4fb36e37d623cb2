/**
 * A page's set-up work, one piece per task: a page's script starts after its first paint (see
 * theme-init.ts), so any task it runs falls where Total Blocking Time is counted, and on a slow
 * phone enhancing every chart, kit and story at once ran past the 50 ms that counts as blocking
 * (issue 12: TBT 0). Pieces run in the order they were given, each in a task of its own, so the
 * browser can paint and answer the reader between them. While any are waiting,
 * html[data-enhancing] says so (the browser tests wait for it to go, as a reader waits for the
 * controls). Kept this small because every embed carries it (the survey's is held to 7 KB).
 * Browser-only.
 */
const waiting: Array<() => void> = [];
const root = document.documentElement;

function runNext(): void {
  const work = waiting.shift();
  if (!work) return root.removeAttribute('data-enhancing');
  // Asked for first, so one piece failing does not leave the rest of the page unenhanced.
  setTimeout(runNext);
  work();
}

/** Runs `work` in a task of its own, after the pieces given before it. */
export function inTurn(work: () => void): void {
  waiting.push(work);
  if (root.hasAttribute('data-enhancing')) return;
  root.setAttribute('data-enhancing', '');
  setTimeout(runNext);
}
