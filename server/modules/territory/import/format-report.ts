/** 报告格式 — numbers as the import report writes them. */

export function formatArea(squareMeters: number): string {
  return squareMeters >= 100_000 ? `${(squareMeters / 1_000_000).toFixed(2)} km²` : `${Math.round(squareMeters).toLocaleString('en')} m²`;
}

export function formatPosition(position: readonly [number, number]): string {
  return `${position[0].toFixed(5)}, ${position[1].toFixed(5)}`;
}
