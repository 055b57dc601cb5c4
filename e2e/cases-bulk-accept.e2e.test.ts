/**
 * 批量受理 (issue 7) in a browser: the intake officer of 金桥管理局 picks two applications in the workbench queue and
 * accepts both at once. Each accept asks for the outcome only (Prefer: return=minimal), as the queue needs no more
 * than that; both cases move on to the body review, and the queue says how many were accepted.
 */
import { describe, expect, inject, it } from 'vitest';
import { screenshotPath } from './browser';
import { api, applyForRdGrowth, journeyPages, type CaseView } from './journey-api';

const baseUrl = inject('baseUrl');
const { as, screenshotOnFailure } = journeyPages(baseUrl, 'cases-bulk-accept');

describe('bulk accept in the workbench (zh-CN)', () => {
  it('accepts the chosen applications at once, each asking for its outcome only', async () => {
    screenshotOnFailure();
    const enterprise = await as('ent-jq');
    const cases = [await applyForRdGrowth(enterprise, `bulk-accept-a-${Date.now()}`), await applyForRdGrowth(enterprise, `bulk-accept-b-${Date.now()}`)];

    const officer = await as('jq-officer');
    const { page, errors } = officer;
    const actions: Array<{ prefer: string | undefined; applied: string | undefined; status: number }> = [];
    page.on('response', (response) => {
      if (!response.url().endsWith('/actions')) return;
      actions.push({ prefer: response.request().headers()['prefer'], applied: response.headers()['preference-applied'], status: response.status() });
    });
    await page.goto(`${baseUrl}/cases/queue`);
    for (const c of cases) await page.locator('tr', { hasText: c.caseNumber }).locator('input[type=checkbox]').check();
    const button = page.getByTestId('bulk-accept');
    await expect(button.textContent()).resolves.toContain('批量受理（2）');
    await button.click();
    await page.getByText('已受理 2 件，跳过 0 件', { exact: false }).waitFor();
    await page.screenshot({ path: screenshotPath('cases-bulk-accept') });

    expect(actions).toEqual([
      { prefer: 'return=minimal', applied: 'return=minimal', status: 200 },
      { prefer: 'return=minimal', applied: 'return=minimal', status: 200 },
    ]);
    for (const c of cases) {
      const after = await api<CaseView & { timeline: Array<{ action: string }> }>(officer, 'GET', `/api/cases/${c.id}`, 200);
      expect(after.stage.id).toBe('body-review');
      expect(after.version).toBe(c.version + 1);
      expect(after.timeline.at(-1)!.action).toBe('accept');
    }
    expect(errors).toEqual([]);
  }, 120_000);
});
