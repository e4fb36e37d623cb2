/** The theme switch: flips light/dark, remembers the choice, and starts from the OS preference. */
const root = document.documentElement;
const dark = window.matchMedia('(prefers-color-scheme: dark)');

const current = (): 'light' | 'dark' => {
  const chosen = root.getAttribute('data-theme');
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return dark.matches ? 'dark' : 'light';
};

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
  sync();
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private modes may refuse storage; the switch still works for this page.
    }
    sync();
  });
  dark.addEventListener('change', sync);
}
