/** The part of citeproc-js (npm `citeproc`, CommonJS, no types of its own) that citation.ts uses. */
declare module 'citeproc' {
  export interface CslItem {
    id: string;
    type: string;
    [field: string]: unknown;
  }
  export interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): CslItem;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: readonly string[]): void;
    makeBibliography(): false | [Record<string, unknown>, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
