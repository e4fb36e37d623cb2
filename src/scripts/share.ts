/**
 * Enhances the share kits (chart pages and the "Embed & download" dialog): copy buttons with a
 * select-all fallback, embed options that rebuild the code, a live preview, and the dialog itself.
 */
import { embedCode, embedUrl, fallbackHeight, STEP_OPTION, type EmbeddableChart } from '../exports/embed-code';
import type { EmbedOptions, EmbedTheme, StateOption } from '../exports/embed-options';
import { inTurn } from './in-turn';

interface KitData extends EmbeddableChart {
  stateOptions: StateOption[];
}

function announce(kit: HTMLElement, message: string): void {
  const status = kit.querySelector<HTMLElement>('[data-share-status]');
  if (!status) return;
  status.textContent = '';
  // A fresh text node makes screen readers announce the same message twice in a row.
  window.setTimeout(() => (status.textContent = message), 50);
}

async function copy(kit: HTMLElement, field: HTMLTextAreaElement, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(field.value);
    // The words are the page's language's, written on the button by CopyField.astro.
    const idle = (button.dataset['idle'] ??= button.textContent ?? '');
    button.textContent = button.dataset['copied'] ?? '';
    announce(kit, button.dataset['copiedStatus'] ?? '');
    window.setTimeout(() => (button.textContent = idle), 2000);
  } catch {
    field.focus();
    field.select();
    announce(kit, 'Selected. Press Ctrl+C, or Command+C on a Mac, to copy.');
  }
}

function enhanceKit(kit: HTMLElement): void {
  const data = JSON.parse(kit.dataset['shareKit'] ?? '{}') as KitData;
  const siteRoot = kit.dataset['siteRoot'] ?? new URL('/', location.href).href;

  for (const button of kit.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const field = kit.querySelector<HTMLTextAreaElement>(`#${CSS.escape(button.dataset['copy'] ?? '')}`);
    if (!field) continue;
    button.hidden = false;
    button.setAttribute('aria-label', `Copy ${field.labels?.[0]?.textContent ?? 'text'}`);
    button.addEventListener('click', () => void copy(kit, field, button));
  }

  const options = kit.querySelector<HTMLElement>('[data-share-options]');
  const codeField = kit.querySelector<HTMLTextAreaElement>('textarea[id$="-code"]');
  const previewBox = kit.querySelector<HTMLElement>('[data-preview-box]');
  const current = (): { options: EmbedOptions; script: boolean } => {
    const theme = (kit.querySelector<HTMLInputElement>('[data-opt="theme"]:checked')?.value ?? 'auto') as EmbedTheme;
    const title = kit.querySelector<HTMLInputElement>('[data-opt="title"]')?.checked ?? true;
    const script = kit.querySelector<HTMLInputElement>('[data-opt="script"]')?.checked ?? true;
    const state: Record<string, string> = {};
    for (const select of kit.querySelectorAll<HTMLSelectElement>('[data-opt="state"]')) {
      const o = data.stateOptions.find((s) => s.name === select.dataset['name']);
      if (o && select.value !== o.initial && o.values.includes(select.value)) state[o.name] = select.value;
    }
    return { options: { theme, title, state }, script };
  };

  let frame: HTMLIFrameElement | undefined;
  const preview = () => {
    if (!previewBox) return;
    const { options: o } = current();
    // The preview shows the page as it is served here; the code itself points at the deployed site.
    const src = embedUrl(new URL(new URL(siteRoot).pathname, location.href).href, data.id, o, data.lang);
    if (!frame) {
      frame = document.createElement('iframe');
      frame.title = `Preview: ${data.title}`;
      frame.loading = 'lazy';
      frame.style.width = '100%';
      frame.style.border = '0';
      previewBox.append(frame);
    }
    frame.style.height = `${fallbackHeight(data, o.title, 'column', STEP_OPTION in o.state)}px`;
    frame.src = src;
  };

  if (options && codeField) {
    options.hidden = false;
    options.addEventListener('change', () => {
      const { options: o, script } = current();
      codeField.value = embedCode({ chart: data, siteRoot, options: o, script });
      for (const span of kit.querySelectorAll<HTMLElement>('[data-height]'))
        span.textContent = String(fallbackHeight(data, o.title, span.dataset['height'] === 'phone' ? 'phone' : 'column', STEP_OPTION in o.state));
      if (frame) preview();
    });
  }
  kit.querySelector<HTMLDetailsElement>('[data-share-preview]')?.addEventListener('toggle', (e) => {
    if ((e.currentTarget as HTMLDetailsElement).open) preview();
  });
  window.addEventListener('message', (event) => {
    // Only our own preview frame may resize itself, and only with a sane number.
    if (!frame || event.source !== frame.contentWindow || event.origin !== location.origin) return;
    const d = event.data as { type?: unknown; height?: unknown } | null;
    if (d && d.type === 'sidestepped:height' && typeof d.height === 'number' && d.height > 0 && d.height < 20000)
      frame.style.height = `${Math.ceil(d.height)}px`;
  });
}

/**
 * The embed code starts from what the reader is looking at: a chart switched to another view
 * (the map's formal view, say) opens its dialog with that view chosen.
 */
function syncStateFromFigure(opener: Element, dialog: HTMLDialogElement): void {
  const figure = opener.closest<HTMLElement>('figure[data-chart]');
  if (!figure) return;
  let changed = false;
  for (const select of dialog.querySelectorAll<HTMLSelectElement>('[data-opt="state"]')) {
    const value = figure.getAttribute(`data-${select.dataset['name'] ?? ''}`);
    if (value && value !== select.value && [...select.options].some((o) => o.value === value)) {
      select.value = value;
      changed = true;
    }
  }
  if (changed) dialog.querySelector('[data-share-options]')?.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The dialog's markup waits in an inert data block (src/components/share/Inert.astro) until first used. */
function buildDialog(id: string): HTMLDialogElement | undefined {
  const block = document.querySelector<HTMLScriptElement>(`script[data-inert="${CSS.escape(id)}"]`);
  if (!block) return undefined;
  const template = document.createElement('template');
  // Our own build-time markup (never reader input), so parsing it is safe.
  template.innerHTML = block.textContent ?? '';
  const dialog = template.content.querySelector('dialog');
  if (!dialog) return undefined;
  block.replaceWith(dialog);
  const kit = dialog.querySelector<HTMLElement>('[data-share-kit]');
  if (kit) enhanceKit(kit);
  dialog.querySelector<HTMLButtonElement>('[data-share-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it, as readers expect.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  return dialog;
}

/**
 * Without JavaScript "Embed & download" is a link to the chart's page. Here it becomes what it now
 * does: a button that opens a dialog. The button copies the link's attributes (class, scoped-style
 * marker) and content, so it looks the same and nothing moves.
 */
function enhanceDialogs(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-share-open]')) {
    const id = link.dataset['shareOpen'] ?? '';
    if (!document.querySelector(`script[data-inert="${CSS.escape(id)}"]`)) continue;
    const button = document.createElement('button');
    for (const { name, value } of [...link.attributes]) if (name !== 'href') button.setAttribute(name, value);
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.append(...link.childNodes);
    link.replaceWith(button);
    let dialog: HTMLDialogElement | undefined;
    button.addEventListener('click', () => {
      dialog ??= buildDialog(id);
      if (!dialog) return;
      syncStateFromFigure(button, dialog);
      dialog.showModal();
    });
  }
}

for (const kit of document.querySelectorAll<HTMLElement>('[data-share-kit]')) inTurn(() => enhanceKit(kit));
inTurn(enhanceDialogs);
