/**
 * Runs in an embed page. Applies the options in the query string (validated; bad values fall back
 * to defaults) and tells the host page how tall the content is, on load and whenever it changes,
 * in the three shapes hosts already listen for. It never listens to incoming messages.
 */
import { parseEmbedOptions, type StateOption } from '../exports/embed-options';
import { EMBED_CHANGED } from './embed-events';
import { inTurn } from './in-turn';

const root = document.querySelector<HTMLElement>('[data-embed-root]');
const chartId = root?.dataset['embedRoot'] ?? '';
const stateOptions: StateOption[] = JSON.parse(root?.dataset['embedState'] ?? '[]') as StateOption[];
const options = parseEmbedOptions(location.search, stateOptions);

if (options.theme !== 'auto') document.documentElement.setAttribute('data-theme', options.theme);
if (!options.title) document.querySelectorAll<HTMLElement>('[data-embed-title]').forEach((e) => (e.hidden = true));

function applyState(): void {
  for (const [name, value] of Object.entries(options.state)) {
    // Press the chart's own control, so the chart's script updates everything it normally would.
    document
      .querySelector<HTMLButtonElement>(`.chart-control[data-name="${CSS.escape(name)}"] button[data-value="${CSS.escape(value)}"]`)
      ?.click();
  }
}
// By "load" every module script has run and asked for its chart to be enhanced (src/scripts/in-turn.ts):
// pressing the controls waits its turn behind that, so they are wired when pressed.
const applyInTurn = () => inTurn(applyState);
if (document.readyState === 'complete') applyInTurn();
else window.addEventListener('load', applyInTurn, { once: true });

/**
 * The height the embed needs to show everything at its natural size. The page itself is always
 * exactly as tall as its frame (it fits itself in, see the embed page's CSS), so it is laid out
 * for a moment without that fit, measured and put back, all before the next paint.
 */
function naturalHeight(): number {
  const html = document.documentElement;
  if (html.classList.contains('embed-top')) return Math.ceil(html.getBoundingClientRect().height);
  html.classList.add('embed-natural');
  const height = Math.ceil(html.getBoundingClientRect().height);
  html.classList.remove('embed-natural');
  return height;
}

let last = 0;
function post(): void {
  if (!root || window.parent === window) return;
  const height = naturalHeight();
  if (height === last) return;
  last = height;
  const parent = window.parent;
  parent.postMessage({ type: 'sidestepped:height', chart: chartId, height }, '*');
  parent.postMessage({ 'datawrapper-height': { [chartId]: height } }, '*');
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

if (root) {
  // The frame's size and every part of the figure (a switch can show a taller key).
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  for (const part of root.querySelectorAll(':scope > *, figure > *')) observer.observe(part);
}
window.addEventListener('load', post);
// A chart changed after load (a story step came in): its options win again, and its new height is posted.
document.addEventListener(EMBED_CHANGED, () =>
  inTurn(() => {
    applyState();
    post();
  }),
);
post();
