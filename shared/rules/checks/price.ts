/** Prices: never negative, and a price when it is not free. Age ranges make sense. */
import type { Finding, Rule } from '../types.ts';
import { isObject, numberOf } from '../values.ts';

export const priceNotNegative: Rule = {
  id: 'price.notNegative',
  severity: 'error',
  appliesTo: ['event'],
  description: 'Prisen er ikke negativ.',
  check(document) {
    const price = document.price;
    if (!isObject(price)) return [];
    const amount = numberOf(price.amount);
    if (amount === undefined || amount >= 0) return [];
    return [{ field: 'price.amount', message: 'Prisen kan ikke være under 0 kr. Skriv ordinær pris, eller kryss av for «Gratis».' }];
  },
};

export const priceAmountRequired: Rule = {
  id: 'price.amountRequired',
  severity: 'error',
  appliesTo: ['event'],
  description: 'Et arrangement som ikke er gratis, har et beløp.',
  check(document) {
    const price = document.price;
    if (!isObject(price) || price.free === true) return [];
    // A non-number amount is field.type's to report.
    if (price.amount !== undefined && price.amount !== null) return [];
    return [
      {
        field: 'price.amount',
        message: 'Arrangementet er ikke merket som gratis, men har ingen pris. Skriv beløpet i kroner, eller kryss av for «Gratis».',
      },
    ];
  },
};

export const eventAgeRange: Rule = {
  id: 'event.ageRange',
  severity: 'warning',
  appliesTo: ['event'],
  description: 'Aldersgrensene er ikke negative, og «fra» er ikke større enn «til».',
  check(document) {
    const range = document.ageRange;
    if (!isObject(range)) return [];
    const min = numberOf(range.min);
    const max = numberOf(range.max);
    const found: Finding[] = [];
    if (min !== undefined && min < 0) found.push({ field: 'ageRange.min', message: 'Alderen kan ikke være under 0. Rett «Fra alder».' });
    if (max !== undefined && max < 0) found.push({ field: 'ageRange.max', message: 'Alderen kan ikke være under 0. Rett «Til alder».' });
    if (min !== undefined && max !== undefined && min > max) {
      found.push({ field: 'ageRange.max', message: `«Til alder» (${max}) er lavere enn «Fra alder» (${min}). Bytt om tallene.` });
    }
    return found;
  },
};
