import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateSyntheticRegistry, readColumn, SYNTHETIC_FILES } from '../core/registry/synthetic/index';
import { launchBrowser, openJourneyPage, screenshotPath, signInAs, type JourneyPage } from './browser';

const baseUrl = inject('baseUrl');
// The demo registry (≈30,000 firms) loads in the background of a fresh server and an import re-runs resolution:
// on a busy two-core machine a step may wait for either.
const journeyTimeout = 300_000;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A small market-regulation file as that source exports it (UTF-8 with BOM, its own headers), made by the demo
 * generator with a seed of its own so that its firms are new to the registry.
 */
function marketRegulationCsv(count: number): string {
  const file = SYNTHETIC_FILES['market-regulation'];
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = [file.columns.map((column) => column.header).join(',')];
  for (const { records } of generateSyntheticRegistry({ count, seed: 20261128, sources: ['market-regulation'] })) {
    for (const record of records) lines.push(file.columns.map((column) => quote(readColumn(record, column))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function openAsAdmin(): Promise<JourneyPage> {
  const journey = await openJourneyPage(browser, { locale: 'zh-CN' });
  await signInAs(journey, baseUrl);
  return journey;
}

/**
 * Waits until the registry holds enterprises: on a fresh demo server the demo registry is still loading in the
 * background when the journey starts.
 */
async function waitForEnterprises(journey: JourneyPage): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await journey.context.request.get(`${baseUrl}/api/registry/enterprises?pageSize=1`);
        return response.ok() ? ((await response.json()) as { total: number }).total : 0;
      },
      { timeout: 240_000, interval: 2_000 },
    )
    .toBeGreaterThan(0);
}

async function firstRow(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).locator('tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 });
}

describe('enterprise registry journey', () => {
  it('imports a source file with live progress, and refuses a file that is not a table in the server’s words', async () => {
    const journey = await openAsAdmin();
    const { page, errors } = journey;
    await page.goto(`${baseUrl}/registry/imports?source=market-regulation`);
    await page.getByTestId('mapping-template').getByText('统一社会信用代码').first().waitFor();
    const upload = page.getByTestId('registry-upload').locator('input[type=file]');

    // A PDF renamed .csv: the server refuses it before writing anything, and the page says why.
    await upload.setInputFiles({ name: '企业名单.csv', mimeType: 'text/csv', buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') });
    const refused = page.getByTestId('upload-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('企业名单.csv');
    expect(await refused.textContent()).toContain('CSV 或 XLSX');
    await page.screenshot({ path: screenshotPath('registry-upload-refused') });

    const csv = marketRegulationCsv(40);
    const rows = csv.trimEnd().split('\r\n').length - 1;
    await upload.setInputFiles({ name: 'market-regulation-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    // Until the upload answers, the card shows the source's previous import; then it follows the new batch.
    const progress = page.getByTestId('batch-progress').filter({ hasText: 'market-regulation-e2e.csv' });
    await progress.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="batch-progress"][data-status="done"]').filter({ hasText: 'market-regulation-e2e.csv' }).waitFor({ timeout: 180_000 });
    await page.getByTestId('batch-counts').getByText(String(rows), { exact: true }).first().waitFor();
    await page.getByTestId('batch-history').getByText('market-regulation-e2e.csv').waitFor();
    await page.screenshot({ path: screenshotPath('registry-import-done') });
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
    await journey.context.close();
  }, journeyTimeout);

  it('lists the enterprises and opens one with the source of every value', async () => {
    const journey = await openAsAdmin();
    const { page, errors } = journey;
    await waitForEnterprises(journey);
    await page.goto(`${baseUrl}/registry`);
    await firstRow(page, 'registry-table');
    expect(await page.getByTestId('registry-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('registry-list') });

    await page.getByTestId('enterprise-name').first().click();
    const detail = page.getByTestId('enterprise-detail');
    await detail.getByTestId('golden-record').waitFor();
    await detail.getByTestId('golden-name').getByTestId('provenance-tag').waitFor();
    await detail.getByTestId('source-records').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await detail.getByTestId('linked-by').count()).toBeGreaterThan(0);
    // An administrator reviews: the drawer offers manual location.
    await page.getByTestId('locate-enterprise').waitFor();
    await page.waitForTimeout(400); // the drawer's slide-in
    await page.screenshot({ path: screenshotPath('registry-detail') });
    expect(errors).toEqual([]);
    await journey.context.close();
  }, journeyTimeout);

  it('draws the statistics dashboard: key figures, charts and the town map', async () => {
    const journey = await openAsAdmin();
    const { page, errors } = journey;
    await waitForEnterprises(journey);
    await page.goto(`${baseUrl}/registry/statistics`);
    const total = page.getByTestId('kpi-total').locator('.ant-statistic-content-value');
    await total.waitFor({ timeout: 60_000 });
    expect(Number((await total.textContent())?.replaceAll(',', ''))).toBeGreaterThan(0);
    for (const chart of ['chart-town', 'chart-industry', 'chart-timeline']) {
      await page.locator(`[data-testid="${chart}"][data-chart-state="ready"]`).waitFor({ timeout: 60_000 });
    }
    await page.locator('[data-testid="zone-map"][data-map-state="ready"]').waitFor({ timeout: 60_000 });
    expect(Number(await page.getByTestId('choropleth-legend').getAttribute('data-classes'))).toBeGreaterThan(0);
    await page.waitForTimeout(1_500); // the charts' entry animation and the map's first frame
    await page.screenshot({ path: screenshotPath('registry-statistics'), fullPage: true });

    // Another measure redraws the same charts.
    await page.getByTestId('measure-choice').getByText('注册资本（万元）').click();
    await page.locator('[data-testid="chart-town"][data-chart-state="ready"]').waitFor();
    expect(errors).toEqual([]);
    await journey.context.close();
  }, journeyTimeout);

  it('shows the coverage report and the review queue', async () => {
    const journey = await openAsAdmin();
    const { page, errors } = journey;
    await page.goto(`${baseUrl}/registry/coverage`);
    await page.getByTestId('coverage-missing').locator('.ant-statistic').waitFor({ timeout: 60_000 });
    await page.getByTestId('coverage-outside').locator('.ant-statistic').waitFor();
    await page.getByTestId('coverage-table').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath('registry-coverage'), fullPage: true });

    await page.getByTestId('tab-review').click();
    await page.getByTestId('registry-review').waitFor();
    await page.locator('[data-testid="review-current"], [data-testid="review-empty"]').first().waitFor({ timeout: 60_000 });
    if (await page.getByTestId('review-current').count()) await page.getByTestId('match-waterfall').waitFor();
    await page.screenshot({ path: screenshotPath('registry-review') });
    expect(errors).toEqual([]);
    await journey.context.close();
  }, journeyTimeout);

  it('places an enterprise the resolver could not place by a point picked on the map', async () => {
    const journey = await openAsAdmin();
    const { page, errors } = journey;
    await waitForEnterprises(journey);
    await page.goto(`${baseUrl}/registry/unplaced`);
    await firstRow(page, 'registry-unplaced');
    const name = (await page.getByTestId('enterprise-name').first().textContent()) ?? '';
    await page.getByTestId('locate-row').first().click();
    const dialog = page.getByTestId('manual-location');
    await dialog.locator('[data-testid="zone-map"][data-map-state="ready"]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => (globalThis as { __zjscZoneMap?: { isIdle(): boolean } }).__zjscZoneMap?.isIdle(), null, { timeout: 60_000 });
    // 张江镇, well inside the original area.
    const point = await page.evaluate(() =>
      (globalThis as unknown as { __zjscZoneMap: { project(lon: number, lat: number): { x: number; y: number } } }).__zjscZoneMap.project(121.6, 31.205),
    );
    const box = await dialog.getByTestId('zone-map').boundingBox();
    await page.mouse.click(box!.x + point.x, box!.y + point.y);
    await dialog.getByTestId('location-point').getByText(/121\.\d{5}, 31\.\d{5}/).waitFor();
    await page.screenshot({ path: screenshotPath('registry-manual-location') });
    await dialog.getByTestId('location-save').click();
    await page.locator('.ant-message-success').waitFor({ timeout: 60_000 });
    await dialog.waitFor({ state: 'detached' });

    // The enterprise is placed in 张江镇 now.
    await page.goto(`${baseUrl}/registry/enterprises?q=${encodeURIComponent(name)}`);
    await firstRow(page, 'registry-table');
    await page.getByTestId('registry-table').getByText('张江镇').first().waitFor();
    expect(errors).toEqual([]);
    await journey.context.close();
  }, journeyTimeout);
});
