/**
 * Escaping for text and attribute values written into SVG and HTML strings. Every piece of text a
 * chart renderer writes goes through here: data is never trusted to be markup-free.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the five XML special characters, so a string is safe as text content and inside quoted attributes. */
export function escapeXml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
