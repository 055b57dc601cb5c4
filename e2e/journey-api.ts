/**
 * A journey's signed-in pages, and what it does through the API rather than the pages, in a signed-in page's session
 * (its cookie and CSRF token): setting the scene (an application submitted, a case moved on) so that the browser
 * steps test what they are about. Every call names the status it must answer.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { PDF_BYTES, RD_GROWTH_FACTS } from '../server/modules/cases/rd-growth-sample';
import { launchBrowser, openJourneyPage, screenshotPath, signInAs, type JourneyPage } from './browser';

/** A signed-in page and the CSRF token its API calls carry. */
export interface SignedIn extends JourneyPage {
  baseUrl: string;
  csrfToken: string;
}

export async function signedIn(browser: Browser, baseUrl: string, username: string): Promise<SignedIn> {
  const journey = await openJourneyPage(browser, { locale: 'zh-CN' });
  const csrfToken = await signInAs(journey, baseUrl, username);
  return { ...journey, baseUrl, csrfToken };
}

/**
 * The signed-in pages of one journey file, in one browser that opens before its tests and closes after them (call
 * at the top of the file). `as` signs a user in on a page of their own; `screenshotOnFailure` (at the start of a
 * test) keeps a picture of every page opened so far when that test fails; `opened` lists those pages.
 */
export function journeyPages(baseUrl: string, name: string) {
  let browser: Browser;
  const opened: SignedIn[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    opened: opened as readonly SignedIn[],
    async as(username: string): Promise<SignedIn> {
      const journey = await signedIn(browser, baseUrl, username);
      opened.push(journey);
      return journey;
    },
    screenshotOnFailure(): void {
      onTestFailed(async () => {
        for (const [index, journey] of opened.entries()) await journey.page.screenshot({ path: screenshotPath(`${name}-failed-${index}`), fullPage: true });
      });
    },
  };
}

/** An API call in the page's session that must answer `status`; its JSON body. */
export async function api<T>(
  who: SignedIn,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  status: number,
  options: { data?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await who.context.request.fetch(`${who.baseUrl}${path}`, {
    method,
    headers: { 'x-csrf-token': who.csrfToken, ...options.headers },
    ...(options.data === undefined ? {} : { data: options.data }),
  });
  if (response.status() !== status) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (status === 204 ? undefined : await response.json()) as T;
}

/** 办件 as these journeys read it. */
export interface CaseView {
  id: string;
  caseNumber: string;
  version: number;
  stage: { id: string };
}

/** The enterprise applies for the R&D growth fund with its two required materials; the case at intake. */
export async function applyForRdGrowth(enterprise: SignedIn, idempotencyKey: string): Promise<CaseView> {
  const materials: string[] = [];
  for (const materialId of ['audit-report', 'financial-statements']) {
    const uploaded = await api<{ id: string }>(enterprise, 'POST', `/api/cases/materials?name=${materialId}.pdf&materialId=${materialId}`, 201, {
      data: PDF_BYTES,
      headers: { 'content-type': 'application/octet-stream' },
    });
    materials.push(uploaded.id);
  }
  return api<CaseView>(enterprise, 'POST', '/api/cases', 201, {
    data: { policyId: 'rd-growth', facts: RD_GROWTH_FACTS, materials },
    headers: { 'idempotency-key': idempotencyKey },
  });
}
