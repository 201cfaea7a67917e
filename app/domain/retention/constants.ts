/** PRODUCT.md "Data": personal data is anonymised this long after the last reason to keep it. */
export const DEFAULT_RETENTION_MONTHS = 12;

/** How long ahead the administrator sees what will be anonymised. */
export const RETENTION_LOOKAHEAD_DAYS = 30;
