import type { z } from 'astro/zod';
import { parse, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';

/** A data file broke a rule. The message names the file, the record and the field. */
export class DataError extends Error {
  override name = 'DataError';
}

interface Problem {
  record: string;
  field: string;
  message: string;
}

const describeRecord = (raw: unknown, path: readonly PropertyKey[]): { record: string; rest: PropertyKey[] } => {
  if (Array.isArray(raw) && typeof path[0] === 'number') {
    const item: unknown = raw[path[0]];
    const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : undefined;
    return { record: id ? `"${id}" (item ${path[0] + 1})` : `item ${path[0] + 1}`, rest: path.slice(1) };
  }
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
  return { record: id ? `"${id}"` : '(the file)', rest: [...path] };
};

const formatField = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? '(the record)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');

function report(file: string, problems: Problem[]): never {
  const lines = problems.map((p) => `  - record ${p.record}, field "${p.field}": ${p.message}`);
  throw new DataError(`${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
}

/**
 * Reads a data file's text as JSON, or throws a DataError naming the file and the line and column
 * of the mistake (a trailing comma, an empty file) instead of a bundler backtrace.
 */
export function parseJson(file: string, text: string): unknown {
  if (text.trim() === '') throw new DataError(`${file} is empty: it must hold JSON data`);
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return value;
  const before = text.slice(0, first.offset).split('\n');
  const line = before.length;
  const column = before.at(-1)!.length + 1;
  throw new DataError(`${file} is not valid JSON at line ${line}, column ${column}: ${describeJsonError(first.error)}`);
}

const JSON_ERRORS: Partial<Record<string, string>> = {
  PropertyNameExpected: 'a property name in double quotes is expected here (is there a comma too many before it?)',
  ValueExpected: 'a value is expected here (is there a comma too many before it?)',
  CommaExpected: 'a comma is missing',
  ColonExpected: 'a colon is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is more text after the end of the data',
  InvalidCommentToken: 'comments are not allowed in JSON',
};

const describeJsonError = (code: ParseErrorCode): string => JSON_ERRORS[printParseErrorCode(code)] ?? printParseErrorCode(code);

/** Parses one data file's contents with its schema, or throws a DataError naming file, record and field. */
export function parseDataset<S extends z.ZodType>(file: string, schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  report(
    file,
    result.error.issues.map((issue) => {
      const { record, rest } = describeRecord(raw, issue.path);
      return { record, field: formatField(rest), message: issue.message };
    }),
  );
}

/** Fails when two records of one file share an id. */
export function assertUniqueIds(file: string, records: readonly { id: string }[]): void {
  assertUnique(file, records, 'id');
}

/** Fails when two records of one file share the value of a field that must be unique (an id, a code). */
export function assertUnique<K extends string>(file: string, records: readonly ({ id: string } & Record<K, string>)[], field: K): void {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  records.forEach((r, i) => {
    const value = r[field];
    const first = seen.get(value);
    if (first !== undefined)
      problems.push({
        record: `"${r.id}" (item ${i + 1})`,
        field,
        message: `duplicate ${field} "${value}": item ${first + 1} ("${records[first]!.id}") has it too`,
      });
    else seen.set(value, i);
  });
  if (problems.length) report(file, problems);
}

/** Fails with every problem a per-record check finds, naming each record by id and position. */
export function assertEach<T extends { id: string }>(
  file: string,
  records: readonly T[],
  check: (record: T) => readonly { field: string; message: string }[],
): void {
  const problems = records.flatMap((r, i) => check(r).map((p) => ({ record: `"${r.id}" (item ${i + 1})`, ...p })));
  if (problems.length) report(file, problems);
}

/** Fails when a record cites a source id that the bibliography does not have. */
export function assertKnownSources(
  file: string,
  records: readonly { id: string; sources: readonly string[]; path?: string }[],
  known: ReadonlySet<string>,
): void {
  const problems: Problem[] = [];
  for (const r of records) {
    r.sources.forEach((s, i) => {
      if (!known.has(s))
        problems.push({
          record: `"${r.id}"`,
          field: `${r.path ? `${r.path}.` : ''}sources[${i}]`,
          message: `unknown source id "${s}": add it to content/data/sources.json or fix the spelling`,
        });
    });
  }
  if (problems.length) report(file, problems);
}

/** Fails when a percentage distribution does not add up to 100 (± tolerance, for rounding). */
export function assertSumsTo100(
  file: string,
  record: string,
  field: string,
  values: readonly number[],
  tolerance = 0.1,
): void {
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > tolerance + 1e-9)
    report(file, [
      { record: `"${record}"`, field, message: `percentages add up to ${Math.round(sum * 100) / 100}, not 100 (±${tolerance})` },
    ]);
}

/** Fails when a record points at another record that does not exist. */
export function assertKnownId(file: string, record: string, field: string, id: string, known: readonly string[]): void {
  if (!known.includes(id))
    report(file, [{ record: `"${record}"`, field, message: `"${id}" is not one of: ${known.join(', ')}` }]);
}
