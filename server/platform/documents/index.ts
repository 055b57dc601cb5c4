/** 文书 — PDF rendering of official documents with the embedded CJK font. */
export { DEFAULT_CJK_FONT_FAMILY, DEFAULT_CJK_FONT_PATH, loadCjkFont, type CjkFont } from './cjk-font';
export { formatSignature, renderOfficialDocument, type DocumentSignature, type OfficialDocument } from './render-official-document';
