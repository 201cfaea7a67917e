/** A message is a string with {placeholders}, or plural forms chosen by the {count} variable. */
export type Message = string | { readonly one: string; readonly other: string };

/** An area's Danish catalogue: the source of truth for its keys. */
export type Catalogue = Record<string, Message>;

/** Another language's catalogue of an area: exactly the Danish keys (the type checker enforces it). */
export type Translation<Da extends Catalogue> = { readonly [K in keyof Da]: Message };
