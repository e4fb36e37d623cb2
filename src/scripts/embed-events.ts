/** Dispatched on `document` by a chart's embed script that changes the embed after load (a story step's caption fetched in), so embed-frame.ts re-applies the options and re-posts the height. */
export const EMBED_CHANGED = 'sidestepped:embed-changed';
