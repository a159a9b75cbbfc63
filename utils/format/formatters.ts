/**
 * Intl formatters, made once per locale and options and kept. Making one costs far more than using it (about a
 * millisecond each in Chromium, since each loads its locale data), and the popup formats every story's date and
 * time: `Date.prototype.toLocaleString` and a fresh `Intl.RelativeTimeFormat` per row made a tenth of its first
 * paint.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** The `Intl.DateTimeFormat` for `locale` (the reader's own when undefined) and `options`, made at most once. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The `Intl.RelativeTimeFormat` for `locale` with `numeric: 'auto'` ("yesterday", "3 hours ago"), made at most once. */
export function relativeTimeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let format = relativeTimeFormats.get(key);
  if (!format) relativeTimeFormats.set(key, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}
