/** Prices the Norwegian way: "Gratis", "kr 150", "kr 1 250", "kr 99,50" (numbers are written alike in bokmål and nynorsk; only «Gratis» is a word). */
import { wordsFor, type Locale } from '../i18n/index.ts';

export interface Price {
  free?: boolean | null;
  amount?: number | null;
  note?: string | null;
}

// Made once: a new Intl.NumberFormat per price would cost more than the formatting itself.
const amountFormat = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const oreFormat = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function formatAmount(amount: number): string {
  const hasOre = Math.round(amount * 100) % 100 !== 0;
  const formatted = hasOre
    ? oreFormat.format(amount)
    : amountFormat.format(amount);
  // Intl uses a narrow no-break space as group separator; keep it so "kr 1 250" never wraps.
  return `kr\u00a0${formatted}`;
}

/** Undefined when nothing is known about the price, so pages can leave the line out. */
export function formatPrice(price: Price | null | undefined, locale: Locale = 'nb'): string | undefined {
  if (!price) return undefined;
  if (price.free) return wordsFor(locale).format.free;
  if (typeof price.amount === 'number' && Number.isFinite(price.amount)) return formatAmount(price.amount);
  return price.note ?? undefined;
}
