/**
 * The interface languages a site may have and their codes for the outputs, apart from the
 * dictionaries: the site config's check (which the Studio bundle loads too) needs only these.
 */
export const LOCALES = ['nb', 'nn'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** For Intl (dates, numbers): ICU has both written standards. */
export const intlLocale = (locale: Locale): string => `${locale}-NO`;

/** Open Graph's locale: language_TERRITORY. */
export const ogLocale = (locale: Locale): string => `${locale}_NO`;
