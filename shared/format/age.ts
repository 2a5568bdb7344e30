/** Age ranges as a visitor reads them: "0–5 år", "Fra 13 år", "Til 12 år". */
export function formatAgeRange(range: { min?: number | null; max?: number | null } | null | undefined): string | undefined {
  if (!range) return undefined;
  const { min, max } = range;
  const has = (n: number | null | undefined): n is number => typeof n === 'number';
  if (has(min) && has(max)) return `${min}–${max} år`;
  if (has(min)) return `Fra ${min} år`;
  if (has(max)) return `Til ${max} år`;
  return undefined;
}
