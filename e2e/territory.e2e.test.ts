import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { convertWgs84ToGcj02 } from '../core/territory';
import { launchBrowser, openJourneyPage, screenshotPath, signInAs } from './browser';

/** What the zone map exposes to an automated browser (web/features/territory/zone-map.tsx). */
interface ZoneMapProbe {
  project(lon: number, lat: number): { x: number; y: number };
  isIdle(): boolean;
  renderedLabels(layerId: string): string[];
  jumpTo(lon: number, lat: number, zoom: number): void;
}

/** The parts of the API answers the journey compares the page with. */
interface RouteAnswer {
  steps: { units: { name: string }[] }[];
}
interface AddressAnswer {
  status: string;
  town: { name: string } | null;
}

const baseUrl = inject('baseUrl');
// 张江镇, in the original area: inside the town and the 2017 boundary, well away from their edges.
const zhangjiangPoint = { lon: 121.6, lat: 31.205 };
// 唐镇 names its town, which lies wholly in one body's area; an unknown road in the district cannot be placed.
const placedAddress = '上海市浦东新区唐镇创新中路100号';
const unplaceableAddress = '浦东新区某某路';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openMap(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/territory`);
  await page.locator('[data-testid="zone-map"][data-map-state="ready"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (globalThis as { __zjscZoneMap?: ZoneMapProbe }).__zjscZoneMap?.isIdle(), null, {
    timeout: 60_000,
  });
}

function renderedLabels(page: Page, layerId: string): Promise<string[]> {
  return page.evaluate((id) => (globalThis as unknown as { __zjscZoneMap: ZoneMapProbe }).__zjscZoneMap.renderedLabels(id), layerId);
}

async function clickLonLat(page: Page, lon: number, lat: number): Promise<void> {
  const point = await page.evaluate(
    ([x, y]) => (globalThis as unknown as { __zjscZoneMap: ZoneMapProbe }).__zjscZoneMap.project(x!, y!),
    [lon, lat],
  );
  const box = await page.getByTestId('zone-map').boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x + point.x, box!.y + point.y);
}

async function search(page: Page, text: string): Promise<void> {
  const box = page.getByTestId('territory-search').getByRole('searchbox');
  await box.fill(text);
  await box.press('Enter');
}

describe('zone map journey', () => {
  it('draws the zone with Chinese labels, resolves a clicked point, and routes its cases', async () => {
    const journey = await openJourneyPage(browser, { locale: 'zh-CN' });
    const { page, errors } = journey;
    const workerRequests: string[] = [];
    page.on('requestfinished', (request) => {
      if (/maplibre-gl-worker[-\w]*\.mjs/.test(request.url())) workerRequests.push(request.url());
    });
    await signInAs(journey, baseUrl);
    await openMap(page);

    // The built bundle hands MapLibre its worker's fingerprinted address (setWorkerUrl); a wrong one draws nothing.
    expect(workerRequests.length).toBeGreaterThan(0);
    expect(await renderedLabels(page, 'towns-label')).toContain('张江镇');
    expect(await renderedLabels(page, 'bodies-label')).toContain('张江科学城');
    await page.getByTestId('layer-badge-towns').waitFor();
    await page.screenshot({ path: screenshotPath('territory-map-zh') });

    await clickLonLat(page, zhangjiangPoint.lon, zhangjiangPoint.lat);
    const panel = page.getByTestId('territory-panel');
    await panel.getByTestId('resolution-town').getByText('张江镇').waitFor();
    expect(await panel.getByTestId('resolution').getAttribute('data-area')).toBe('original');
    expect(await panel.getByTestId('resolution-area').textContent()).toContain('原区域');

    // The route shown is the server's: the units of its last talent step appear in the panel.
    const route = (await (
      await journey.context.request.get(
        `${baseUrl}/api/territory/route?caseType=talent-hukou&lon=${zhangjiangPoint.lon}&lat=${zhangjiangPoint.lat}`,
        { headers: { 'accept-language': 'zh-CN' } },
      )
    ).json()) as RouteAnswer;
    expect(route.steps.length).toBeGreaterThan(0);
    const talent = panel.getByTestId('route-talent-hukou');
    for (const unit of route.steps.at(-1)!.units) await talent.getByText(unit.name, { exact: false }).first().waitFor();
    await page.waitForFunction(() => (globalThis as { __zjscZoneMap?: ZoneMapProbe }).__zjscZoneMap?.isIdle());
    await page.screenshot({ path: screenshotPath('territory-point') });

    await panel.getByRole('tab', { name: '委托审批' }).click();
    await panel.getByTestId('route-delegated-approval').waitFor();

    // Zoomed in, the industry communities get their names.
    await panel.getByRole('button', { name: '关闭' }).click();
    await page.evaluate(() => (globalThis as unknown as { __zjscZoneMap: ZoneMapProbe }).__zjscZoneMap.jumpTo(121.605, 31.2, 12.6));
    await page.waitForTimeout(600);
    await page.waitForFunction(() => (globalThis as { __zjscZoneMap?: ZoneMapProbe }).__zjscZoneMap?.isIdle());
    await expect.poll(() => renderedLabels(page, 'communities-label')).toContain('张江药谷');
    await page.screenshot({ path: screenshotPath('territory-zoomed') });
    expect(errors).toEqual([]);
    await journey.context.close();
  });

  it('places an address in its town and says plainly when one cannot be placed', async () => {
    const journey = await openJourneyPage(browser, { locale: 'zh-CN' });
    const { page, errors } = journey;
    const csrfToken = await signInAs(journey, baseUrl);
    await openMap(page);

    const expected = (await (
      await journey.context.request.post(`${baseUrl}/api/territory/resolve-address`, {
        data: { address: placedAddress },
        headers: { 'x-csrf-token': csrfToken },
      })
    ).json()) as AddressAnswer;
    expect(expected.status).toBe('placed');

    await search(page, placedAddress);
    const answer = page.getByTestId('address-answer');
    await answer.waitFor();
    expect(await answer.getAttribute('data-status')).toBe('placed');
    expect(await answer.getByTestId('address-town').textContent()).toBe(expected.town!.name);
    await page.waitForTimeout(800); // the map frames the highlighted town
    await page.waitForFunction(() => (globalThis as { __zjscZoneMap?: ZoneMapProbe }).__zjscZoneMap?.isIdle());
    await page.screenshot({ path: screenshotPath('territory-address') });

    await search(page, unplaceableAddress);
    await page.locator('[data-testid="address-answer"][data-status="needs-manual-location"]').waitFor();
    await page.getByTestId('needs-manual-location').getByText('需人工定位').waitFor();
    await page.screenshot({ path: screenshotPath('territory-needs-manual') });
    expect(errors).toEqual([]);
    await journey.context.close();
  });

  it('speaks English, labels included, and reads GCJ-02 coordinates typed in the search box', async () => {
    const journey = await openJourneyPage(browser, { locale: 'zh-CN' });
    const { page, errors } = journey;
    await signInAs(journey, baseUrl);
    await openMap(page);

    await page.getByTestId('language-toggle').getByText('EN', { exact: true }).click();
    await page.getByTestId('layer-panel').getByText('Layers and legend').waitFor();
    await expect.poll(() => renderedLabels(page, 'towns-label')).toContain('Zhangjiang Town');
    await page.getByTestId('layer-badge-towns').getByText('Approximate').waitFor();

    await page.getByTestId('territory-search-crs').getByText('GCJ-02').click();
    // The same place as zhangjiangPoint as Amap would give it: some 500 m off; the server converts it back.
    const [gcjLon, gcjLat] = convertWgs84ToGcj02(zhangjiangPoint.lon, zhangjiangPoint.lat);
    await search(page, `${gcjLon.toFixed(6)}, ${gcjLat.toFixed(6)}`);
    const panel = page.getByTestId('territory-panel');
    await panel.getByTestId('resolution-town').getByText('Zhangjiang Town').waitFor();
    await panel.getByText('Original area (before expansion)').waitFor();
    await panel.getByText('Input (GCJ-02', { exact: false }).waitFor();
    const wgs84 = await panel.getByTestId('resolution-wgs84').textContent();
    const [shownLon, shownLat] = (wgs84 ?? '').split(',').map(Number);
    expect(shownLon).toBeCloseTo(zhangjiangPoint.lon, 5);
    expect(shownLat).toBeCloseTo(zhangjiangPoint.lat, 5);
    await panel.getByTestId('route-talent-hukou').waitFor();
    await page.mouse.move(0, 0); // no tooltip left open in the picture
    await page.waitForTimeout(800); // the map frames the town
    await page.waitForFunction(() => (globalThis as { __zjscZoneMap?: ZoneMapProbe }).__zjscZoneMap?.isIdle());
    await page.screenshot({ path: screenshotPath('territory-map-en') });
    expect(errors).toEqual([]);
    await journey.context.close();
  });

  it('lets an administrator validate an official boundary file before importing it', async () => {
    const journey = await openJourneyPage(browser, { locale: 'zh-CN' });
    const { page, errors } = journey;
    await signInAs(journey, baseUrl);
    const towns = await journey.context.request.get(`${baseUrl}/api/territory/layers/towns`);
    expect(towns.status()).toBe(200);
    await openMap(page);
    await page.getByTestId('layer-import-open').click();
    await page.getByTestId('layer-import-file').setInputFiles({
      name: 'towns.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(await towns.body()),
    });
    await page.getByTestId('layer-import-validate').click();
    await page.getByTestId('layer-import-report').waitFor();
    await page.getByText('校验通过').waitFor();
    await page.screenshot({ path: screenshotPath('territory-import') });
    expect(errors).toEqual([]);
    await journey.context.close();
  });
});
