import { DEFAULT_LANG, LANGS, type Lang } from '../../i18n/locale';

/**
 * A chart's messages per language from its `messages/<lang>.ts` files (an `import.meta.glob` of
 * `./messages/*.ts`, made in the chart's own file so the pattern stays relative to its folder):
 * a language is a new file, never an edit here. English must be there; a language the site has but
 * the folder lacks is reported by `inLang` when that language is drawn, naming the file.
 */
export function messagesFiles<M>(files: Record<string, Partial<Record<string, M>>>, where: string): { en: M } & Partial<Record<Lang, M>> {
  const table: Partial<Record<Lang, M>> = {};
  for (const [path, m] of Object.entries(files)) {
    const lang = /([^/]+)\.ts$/.exec(path)?.[1];
    if (!lang || lang === 'index') continue;
    if (!LANGS.includes(lang)) throw new Error(`${where}/${lang}.ts is for a language the site does not have: add src/i18n/languages/${lang}.ts or remove it`);
    // A translation is the file's default export; English is also imported by name (`en`) by layouts and tests.
    const messages = m['default'] ?? m[lang];
    if (messages === undefined) throw new Error(`${where}/${lang}.ts must have a default export: the messages in "${lang}"`);
    table[lang] = messages;
  }
  const en = table[DEFAULT_LANG];
  if (en === undefined) throw new Error(`${where}/${DEFAULT_LANG}.ts is missing: every chart needs its English messages`);
  return { ...table, en };
}
