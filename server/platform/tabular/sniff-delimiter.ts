import { CsvParser, type CsvRecord } from './csv-parser';

const CANDIDATES = [',', '\t', ';'] as const;
const SAMPLE_RECORDS = 50;

/**
 * 分隔符识别 — comma, tab or semicolon: the one that splits the header into most cells while the rows that follow
 * keep the header's width. A single-column file gets a comma.
 */
export function sniffDelimiter(sampleText: string): string {
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of CANDIDATES) {
    const records = parseSample(sampleText, delimiter);
    const [header, ...rows] = records;
    if (!header || header.cells.length < 2) continue;
    const sameWidth = rows.filter((row) => row.cells.length === header.cells.length).length;
    const consistency = rows.length === 0 ? 1 : sameWidth / rows.length;
    const score = consistency * header.cells.length;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function parseSample(text: string, delimiter: string): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  const records: CsvRecord[] = [];
  try {
    parser.push(text, records);
  } catch {
    // A sample cut inside a long quoted cell: what parsed so far still counts.
  }
  // The sample's last record may be cut short; only complete, non-blank ones count.
  return records.filter((record) => record.cells.length > 1 || record.cells[0] !== '').slice(0, SAMPLE_RECORDS);
}
