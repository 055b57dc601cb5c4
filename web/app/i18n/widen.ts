/** The shape of a catalogue section: every leaf is a string, whatever the language. */
export type WidenStrings<T> = { [K in keyof T]: T[K] extends string ? string : WidenStrings<T[K]> };
