/**
 * The theme control: System follows the OS (no html[data-theme], nothing stored); Light and Dark
 * set html[data-theme] and are remembered in localStorage, which the head script reads before the
 * first paint on every page (src/scripts/theme-init.ts).
 */
type Choice = 'system' | 'light' | 'dark';
const root = document.documentElement;

const chosen = (): Choice => {
  const t = root.getAttribute('data-theme');
  return t === 'light' || t === 'dark' ? t : 'system';
};

function apply(choice: Choice): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

function store(choice: Choice): void {
  try {
    if (choice === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch {
    // Private modes may refuse storage; the choice still holds for this page.
  }
}

const isChoice = (v: unknown): v is Choice => v === 'system' || v === 'light' || v === 'dark';

/** The control's markup waits in an inert data block (src/components/Inert.astro): parse it in. */
function build(control: HTMLElement): HTMLSelectElement | null {
  const block = control.querySelector<HTMLScriptElement>('script[data-inert]');
  if (block) {
    const template = document.createElement('template');
    // Our own build-time markup (never reader input), so parsing it is safe.
    template.innerHTML = block.textContent ?? '';
    block.replaceWith(template.content);
  }
  return control.querySelector('select');
}

for (const control of document.querySelectorAll<HTMLElement>('[data-theme-control]')) {
  const select = build(control);
  if (!select) continue;
  const sync = () => (select.value = chosen());
  sync();
  control.hidden = false;
  select.addEventListener('change', () => {
    const choice = isChoice(select.value) ? select.value : 'system';
    apply(choice);
    store(choice);
  });
  // Another tab, or another page before "back" restored this one from the cache, may have changed it.
  const follow = () => {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem('theme');
    } catch {
      return;
    }
    apply(saved === 'light' || saved === 'dark' ? saved : 'system');
    sync();
  };
  window.addEventListener('storage', (e) => {
    if (e.key === 'theme' || e.key === null) follow();
  });
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) follow();
  });
}
