import type { Industry } from './registry-api';

/** 产业配色 — one colour per leading industry, the same in every chart, tag and legend of the registry. */
export const INDUSTRY_COLORS: Readonly<Record<Industry, string>> = {
  biomedicine: '#13a8a8',
  'integrated-circuits': '#1f5fd1',
  'artificial-intelligence': '#7a4fd6',
  other: '#a0a7b4',
};
