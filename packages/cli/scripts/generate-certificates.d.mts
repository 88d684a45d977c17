/** Types of generate-certificates.mjs, for the tests that import it. */
export interface GenerateOptions {
  count?: number;
  seed?: number;
  format?: 'ndjson' | 'csv';
  duplicates?: number;
  badIds?: number;
  afterExit?: number;
  rush?: number;
  broken?: number;
  linesPerPiece?: number;
}
export declare const CSV_HEADER: string[];
export declare function idNumber(region: string, birth: string, seq: number): string;
export declare function generateRecords(options?: GenerateOptions): Generator<Record<string, unknown>>;
export declare function toCsvLine(record: Record<string, unknown>): string;
export declare function generateText(options?: GenerateOptions): Generator<string>;
export declare function writeCertificates(out: NodeJS.WritableStream, options?: GenerateOptions & { out?: string }): Promise<void>;
