/** Small composable validators for message payloads (payloads are tiny; a schema library would be overkill here). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown, max = 1_000_000): v is string => typeof v === 'string' && v.length <= max;
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isStringArray = (v: unknown, maxItems = 10_000): v is string[] => Array.isArray(v) && v.length <= maxItems && v.every((x) => typeof x === 'string');
export const isOptional = <T>(check: (v: unknown) => v is T) => (v: unknown): v is T | undefined => v === undefined || check(v);
export const isNothing = (v: unknown): v is void => v === undefined || v === null || (isObject(v) && Object.keys(v).length === 0);

/**
 * Validator for a plain object whose listed fields pass their checks (extra fields are rejected). Marked free of
 * side effects so a bundle that imports a messages file for its types and constants (the content script) drops
 * the validator table it does not use.
 */
/*#__NO_SIDE_EFFECTS__*/
export function shape<T>(fields: { [K in keyof T]-?: (v: unknown) => boolean }): (v: unknown) => v is T {
  const keys = Object.keys(fields);
  return (v: unknown): v is T =>
    isObject(v) &&
    Object.keys(v).every((k) => keys.includes(k)) &&
    keys.every((k) => (fields as Record<string, (x: unknown) => boolean>)[k]?.(v[k]) ?? false);
}
