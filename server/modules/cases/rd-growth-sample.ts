/**
 * 研发投入增量补贴 sample application, shared by the cases integration tests and the browser journeys: facts that make
 * a demo enterprise eligible for rd-growth, and the smallest file a PDF upload accepts.
 */
export const RD_GROWTH_FACTS = {
  registeredInZone: true,
  taxedInZone: true,
  creditStatus: 'good',
  size: 'small',
  rdSpending: 8_000_000,
  rdSpendingPreviousYear: 5_000_000,
  itemIds: ['rd-2026-01'],
};

export const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
