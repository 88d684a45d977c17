/** What a file is, from its name first and its content second: the service only speaks about qualcat files. */
import { CONFIG_FILE_NAME, detectFormat, documentKind, type DocumentFormat } from '@qualcat/sdk';

export type QualcatFileKind = 'plan' | 'certificate' | 'certificate-set' | 'config';

export interface FileType {
  kind: QualcatFileKind;
  /** The text format; NDJSON is linted line by line. */
  format: DocumentFormat | 'ndjson';
}

export const PLAN_FILE = /\.plan\.(json|ya?ml)$/i;
export const CERTIFICATE_FILE = /\.(cert|certificate)\.(json|ya?ml)$/i;
export const CERTIFICATE_SET_FILE = /\.(certs|certificates)\.json$|\.ndjson$/i;

function basename(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * The kind of a document, or undefined for files qualcat has nothing to say about (package.json, …):
 * `qualcat.config.json`; `*.plan.{json,yaml,yml}`; `*.{cert,certificate}.{json,yaml,yml}` (one record);
 * `*.ndjson`, `*.{certs,certificates}.json` and any JSON file whose top level is an array of certificate
 * records (a set); other JSON/YAML files only when their content is recognisably a plan or a certificate.
 */
export function fileTypeOf(uri: string, text?: string): FileType | undefined {
  const name = basename(uri);
  if (name === CONFIG_FILE_NAME) return { kind: 'config', format: 'json' };
  if (PLAN_FILE.test(name)) return { kind: 'plan', format: detectFormat(name) };
  if (CERTIFICATE_FILE.test(name)) return { kind: 'certificate', format: detectFormat(name) };
  if (/\.ndjson$/i.test(name)) return { kind: 'certificate-set', format: 'ndjson' };
  if (CERTIFICATE_SET_FILE.test(name)) return { kind: 'certificate-set', format: 'json' };
  if (!/\.(json|ya?ml)$/i.test(name) || text === undefined) return undefined;
  const format = detectFormat(name);
  // Content sniffing is cheap on the first characters only: a JSON array of objects with certificate fields.
  if (format === 'json' && /^\s*\[\s*\{/.test(text) && /"holder"\s*:/.test(text.slice(0, 2000))) return { kind: 'certificate-set', format: 'json' };
  const kind = sniff(text, format);
  return kind ? { kind, format } : undefined;
}

function sniff(text: string, format: DocumentFormat): 'plan' | 'certificate' | undefined {
  if (format === 'json') {
    try {
      return documentKind('', JSON.parse(text));
    } catch {
      return undefined;
    }
  }
  // YAML: the top-level keys are enough to tell.
  const keys = Object.fromEntries([...text.matchAll(/^([A-Za-z$][\w-]*)\s*:/gm)].map((m) => [m[1]!, true]));
  return documentKind('', keys);
}
