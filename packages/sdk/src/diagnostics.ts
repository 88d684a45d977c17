import type { Locale } from './messages.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** 0-based line/character, LSP style. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** RFC 6902 operation. */
export type PatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

export interface Fix {
  title: string;
  patch: PatchOperation[];
}

export interface SourceRef {
  /** e.g. 人社厅发〔2020〕80号 */
  document: string;
  /** e.g. §三 */
  section: string;
  /** The sentence of the notice the rule enforces, verbatim. */
  quote?: string;
}

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** RFC 6901 pointer into the document ("" is the whole document). */
  pointer: string;
  range?: Range;
  source?: SourceRef;
  fixes?: Fix[];
  /** Provenance: the plugin that defined the rule or last changed its severity/options; absent for built-ins. */
  plugin?: string;
  /** The values the message was formatted with. */
  data?: Record<string, unknown>;
}

export interface MessageOptions {
  locale?: Locale;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** RFC 6901 encoding of one reference token. */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(...tokens: Array<string | number>): string {
  return tokens.map((t) => '/' + escapePointerToken(t)).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Resolves a pointer in a parsed value; `found` is false when a token does not exist. */
export function resolvePointer(value: unknown, pointer: string): { found: boolean; value: unknown } {
  let current: unknown = value;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= current.length) return { found: false, value: undefined };
      current = current[Number(token)];
    } else if (current && typeof current === 'object' && Object.prototype.hasOwnProperty.call(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value: current };
}
