/**
 * A language's page and interface strings (the `ui` of src/i18n/languages/<lang>.ts), checked
 * against the English keys when first used: a missing or empty key fails the build naming the file
 * and the key, also for a language whose file the type checker has not seen (generated ones).
 */
import { DEFAULT_LANG, localeData, type Lang } from './locale';
import type { UiMessages } from './language-data';

const checked = new Map<Lang, UiMessages>();

/** The keys of `reference` (the English ui) that `strings` lacks or leaves empty, as "ui.about.title". */
export function missingKeys(reference: object, strings: unknown, at = 'ui'): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(reference)) {
    const mine = strings !== null && typeof strings === 'object' ? (strings as Record<string, unknown>)[k] : undefined;
    if (typeof v === 'object' && v !== null) out.push(...missingKeys(v, mine, `${at}.${k}`));
    // An empty English string means "nothing to say here"; elsewhere a string must be present.
    else if (typeof mine !== 'string' || (mine === '' && v !== '')) out.push(`${at}.${k}`);
  }
  return out;
}

export function ui(lang: Lang): UiMessages {
  let u = checked.get(lang);
  if (u) return u;
  u = localeData(lang).ui;
  const missing = missingKeys(localeData(DEFAULT_LANG).ui, u, 'ui');
  if (missing.length) throw new Error(`src/i18n/languages/${lang}.ts is missing ${missing.length} string${missing.length === 1 ? '' : 's'}: ${missing.join(', ')}`);
  checked.set(lang, u);
  return u;
}

const SLOT = /\{([A-Za-z0-9-]+)\}/g;


/** A string with its `{name}` slots filled; a slot without a value is an error naming it. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(SLOT, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`The string "${template}" has a slot {${name}} that nothing fills`);
    return String(v);
  });
}
