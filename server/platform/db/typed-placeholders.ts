/**
 * Appends values to a statement's parameters and returns their placeholders, each cast to its type: a SELECT list
 * (as in `insert … select $1, $2 from changed`) does not take its parameters' types from the target columns.
 */
export function typedPlaceholders(params: unknown[], values: readonly unknown[], types: readonly string[]): string {
  return values
    .map((value, i) => {
      params.push(value);
      return `$${params.length}::${types[i]}`;
    })
    .join(', ');
}
