// generated from schemas/*.schema.json, do not edit, run `pnpm codegen`
import type { ErrorObject } from 'ajv';

export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validateCatalogSchema: StandaloneValidator;
export declare const validatePlanSchema: StandaloneValidator;
export declare const validateCertificateSchema: StandaloneValidator;
export declare const validateConfigSchema: StandaloneValidator;
export declare const validatePluginSchema: StandaloneValidator;
