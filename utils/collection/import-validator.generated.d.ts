/** Types of the ajv standalone validator generated from import-schema.ts. */
export interface ImportValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface ImportValidator {
  (data: unknown): boolean;
  errors?: ImportValidationError[] | null;
}
export declare const validate: ImportValidator;
export default validate;
