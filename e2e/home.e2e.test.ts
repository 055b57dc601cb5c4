import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openJourneyPage, screenshotPath, signInAs } from './browser';

/** The part of GET /api/zone/summary the journey compares the page against. */
interface ZoneSummary {
  counts: Record<'towns' | 'bodies' | 'departments' | 'workingGroups' | 'statisticalUnits', number>;
  responsibilities: { lead: { name: string; nameEn?: string | null }[] }[];
  towns: { code: string; name: string }[];
}

const baseUrl = inject('baseUrl');
const countKeys = ['towns', 'bodies', 'departments', 'workingGroups', 'statisticalUnits'] as const;
let browser: Browser;
let summary: ZoneSummary;

beforeAll(async () => {
  browser = await launchBrowser();
  const response = await fetch(`${baseUrl}/api/zone/summary`, { headers: { 'accept-language': 'zh-CN' } });
  expect(response.status).toBe(200);
  summary = (await response.json()) as ZoneSummary;
});

afterAll(async () => {
  await browser?.close();
});

describe('home page journey', () => {
  it('opens in Chinese and shows the zone figures from the database', async () => {
    const { context, page, errors } = await openJourneyPage(browser, { locale: 'zh-CN' });
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('home').waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByTestId('product-name').textContent()).toBe('张江科学城一体化管理服务平台');
    for (const key of countKeys) {
      const value = page.getByTestId(`count-${key}`).locator('.ant-statistic-content-value');
      expect(await value.textContent(), key).toBe(String(summary.counts[key]));
    }
    const matrix = page.getByTestId('responsibility-matrix');
    await matrix.getByText('区规划资源局', { exact: true }).first().waitFor();
    expect(await matrix.locator('tbody tr.ant-table-row').count()).toBe(summary.responsibilities.length);
    await page.getByTestId('towns').getByText(summary.towns[0]!.code).waitFor();
    await page.getByTestId('status-bar').getByText('服务正常').waitFor();

    await page.screenshot({ path: screenshotPath('home-zh'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to English, asks the API in English, and keeps the choice after a reload', async () => {
    const { context, page, errors } = await openJourneyPage(browser, { locale: 'zh-CN' });
    const languagesAsked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/zone/summary')) languagesAsked.push(request.headers()['accept-language'] ?? '');
    });
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('home').waitFor();

    await page.getByTestId('language-toggle').getByText('EN', { exact: true }).click();
    await page.getByTestId('product-name').getByText('Zhangjiang Science City Platform').waitFor();
    const planningBureau = summary.responsibilities.flatMap((row) => row.lead).find((unit) => unit.name === '区规划资源局');
    expect(planningBureau?.nameEn, 'the zone pack names 区规划资源局 in English').toBeTruthy();

    const checkEnglish = async () => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const matrix = page.getByTestId('responsibility-matrix');
      await matrix.getByRole('columnheader', { name: 'Lead units' }).waitFor();
      await matrix.getByText(planningBureau!.nameEn!, { exact: true }).first().waitFor();
      await page.getByTestId('count-towns').getByText('Towns', { exact: true }).waitFor();
      expect(await page.getByTestId('count-towns').locator('.ant-statistic-content-value').textContent()).toBe(
        String(summary.counts.towns),
      );
    };
    await checkEnglish();

    await page.reload();
    await page.getByTestId('home').waitFor();
    await checkEnglish();
    expect(await page.evaluate(() => localStorage.getItem('zjsc.language'))).toBe('en');
    expect(languagesAsked.at(-1)).toBe('en');
    expect(languagesAsked[0]).toBe('zh-CN');

    await page.screenshot({ path: screenshotPath('home-en'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows what a module not built yet will hold, and its address survives a reload', async () => {
    const journey = await openJourneyPage(browser, { locale: 'zh-CN' });
    const { context, page, errors } = journey;
    await signInAs(journey, baseUrl, 'zj-officer');
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('nav-approvals').click();
    await page.getByTestId('placeholder-approvals').waitFor();
    expect(new URL(page.url()).pathname).toBe('/approvals');

    await page.reload();
    await page.getByTestId('placeholder-approvals').getByText('三方委托协议', { exact: true }).waitFor();
    expect(await page.title()).toContain('委托审批');
    expect(errors).toEqual([]);
    await context.close();
  });
});
