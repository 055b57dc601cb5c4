import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openJourneyPage, screenshotPath, signInAs } from './browser';

/** The parts of the policies API the journey compares the pages with (web/features/policies/policies-api.ts). */
interface PolicySummary {
  id: string;
  name: { zh: string; en: string };
  verified: boolean;
  version: { version: number; validFrom: string };
}
interface PolicyDetail extends PolicySummary {
  parameters: { name: string; label: { zh: string } }[];
  versions: { version: number; validFrom: string }[];
  form: { name: string; type: string; options?: { value: string; label: { zh: string } }[] }[];
}

const baseUrl = inject('baseUrl');
const policyId = 'rd-growth';
// A large enterprise in the expansion area whose R&D spending grew 20%: eligible for 25% of the increase.
const facts: Record<string, unknown> = {
  registeredInZone: true,
  taxedInZone: true,
  'location.area': 'expansion',
  creditStatus: 'good',
  size: 'large',
  rdSpending: 6_000_000,
  rdSpendingPreviousYear: 5_000_000,
  itemIds: ['RD-2026-001'],
};
let browser: Browser;
let catalogue: PolicySummary[];
let policy: PolicyDetail;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { 'accept-language': 'zh-CN' } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
  catalogue = (await getJson<{ items: PolicySummary[] }>('/api/policies')).items;
  policy = await getJson<PolicyDetail>(`/api/policies/${policyId}`);
});

afterAll(async () => {
  await browser?.close();
});

/** A whole-page screenshot from the top (a page scrolled down would draw its sticky header mid-page). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/** Picks `label` in the open dropdown of an antd Select. */
async function chooseOption(page: Page, label: string): Promise<void> {
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(label, { exact: true }).click();
}

/** Answers one question of the generated self-check form the way a visitor would. */
async function answer(page: Page, field: PolicyDetail['form'][number], value: unknown): Promise<void> {
  const item = page.getByTestId(`fact-${field.name}`);
  switch (field.type) {
    case 'boolean':
      await item.getByText(value ? '是' : '否', { exact: true }).click();
      return;
    case 'enum':
      await item.locator('.ant-select').click();
      await chooseOption(page, field.options!.find((o) => o.value === value)!.label.zh);
      return;
    case 'string-list':
      for (const text of value as string[]) {
        await item.locator('input').fill(text);
        await item.locator('input').press('Enter');
      }
      return;
    default:
      await item.locator('input').fill(String(value));
  }
}

describe('policies journey', () => {
  it('lets an anonymous visitor browse the catalogue, read a policy and self-check it, in Chinese and English', async () => {
    const { context, page, errors } = await openJourneyPage(browser, { locale: 'zh-CN' });

    await page.goto(`${baseUrl}/policies`);
    await page.getByTestId('policy-catalogue').waitFor();
    await page.getByTestId(`policy-card-${policyId}`).waitFor();
    expect(await page.locator('[data-testid^="policy-card-"]').count()).toBe(catalogue.length);
    // Figures no official source confirms are marked as illustrative, as the issue requires.
    const unverified = catalogue.filter((p) => !p.verified).length;
    expect(await page.getByTestId('illustrative').count()).toBe(unverified);
    await page.getByTestId('kind-talent').getByText('人才政策').first().waitFor();
    await page.getByTestId('sign-in').waitFor(); // nobody is signed in, and nobody was asked to
    await shoot(page, 'policies-catalogue-zh');

    await page.getByTestId(`policy-card-${policyId}`).getByRole('link', { name: policy.name.zh }).click();
    await page.getByTestId('policy-detail').waitFor();
    await page.getByRole('heading', { name: policy.name.zh }).waitFor();
    expect(await page.getByTestId('parameters').locator('tbody tr.ant-table-row').count()).toBe(policy.parameters.length);
    await page.getByTestId('parameters').getByText(policy.parameters[0]!.label.zh, { exact: true }).waitFor();
    expect(await page.getByTestId('versions').locator('.ant-timeline-item').count()).toBe(policy.versions.length);
    await page.getByTestId('materials').getByTestId('conditional').first().waitFor();
    await page.getByTestId('rubric').waitFor();
    if (!policy.verified) await page.getByTestId('illustrative-notice').waitFor();
    await shoot(page, 'policies-detail-zh');

    await page.getByTestId('start-self-check').click();
    await page.getByTestId('self-check-form').waitFor();
    // The client checks what the server would: no negative spending.
    await page.getByTestId('fact-rdSpending').locator('input').fill('-5');
    await page.getByTestId('fact-rdSpending').getByText('不得小于 0').waitFor();
    for (const field of policy.form) if (field.name in facts) await answer(page, field, facts[field.name]);
    await page.getByTestId('run-self-check').click();

    const evaluation = page.locator('[data-testid="evaluation"][data-result="eligible"]');
    await evaluation.waitFor();
    await evaluation.getByTestId('result-banner').getByText('符合条件').waitFor();
    expect(await evaluation.getByTestId('result-amount').textContent()).toBe('250,000 元');
    const reasons = evaluation.getByTestId('reasons');
    await reasons.getByText('研发投入增长率为 20%', { exact: false }).waitFor();
    await evaluation.getByTestId('trace-panel').getByText('完整计算过程').click();
    await evaluation.getByTestId('trace').getByText('管理办法', { exact: false }).first().waitFor();
    await shoot(page, 'policies-self-check-zh');

    // English: the page and the server's reasons follow, the answers stay.
    await page.getByTestId('language-toggle').getByText('EN', { exact: true }).click();
    await evaluation.getByTestId('result-banner').getByText('Eligible', { exact: true }).waitFor();
    await reasons.getByText('R&D spending growth is 20%', { exact: false }).waitFor();
    expect(await evaluation.getByTestId('result-amount').textContent()).toBe('CNY 250,000');
    await shoot(page, 'policies-self-check-en');

    // A question left unanswered: undetermined, naming what is missing.
    await page.getByTestId('fact-rdSpendingPreviousYear').locator('input').fill('');
    await page.getByTestId('run-self-check').click();
    const undetermined = page.locator('[data-testid="evaluation"][data-result="undetermined"]');
    await undetermined.getByTestId('missing').getByText('R&D spending last year').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an officer the matching list and a simulated draft, and publishes it as a new version', async () => {
    const journey = await openJourneyPage(browser, { locale: 'zh-CN' });
    const { page, errors } = journey;
    await signInAs(journey, baseUrl, 'admin');

    await page.goto(`${baseUrl}/policies/matching/${policyId}`);
    await page.getByTestId('policy-matching').waitFor();
    await page.getByTestId('summary-eligible').waitFor();
    await page.locator('[data-testid="matches"] .ant-spin-blur').waitFor({ state: 'detached' });
    // The likely ones (the registry lacks the figures an application declares), with the reasons in words.
    await page.getByTestId('result-filter').getByText('可能符合').click();
    await page.waitForURL((url) => url.searchParams.get('result') === 'likely');
    const likely = (await (await journey.context.request.get(`${baseUrl}/api/policies/${policyId}/matches?result=likely&pageSize=1`)).json()) as {
      total: number;
    };
    if (likely.total > 0) {
      const row = page.locator('[data-testid="matches"] tbody tr.ant-table-row').first();
      await row.getByText('还需了解', { exact: false }).waitFor();
      await row.locator('.ant-table-row-expand-icon').click();
      await page.locator('[data-testid="matches"] .ant-table-expanded-row').getByText('结论', { exact: false }).first().waitFor();
    }
    await shoot(page, 'policies-matching-zh');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-matches').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

    await page.getByTestId('policies-tab-simulation').click();
    await page.getByTestId('policy-simulation').waitFor();
    await page.getByTestId('new-draft').click();
    const editor = page.getByTestId('draft-editor');
    await editor.waitFor();
    // After today and after every version there is (an earlier run may have published one).
    const year = Math.max(new Date().getFullYear(), ...policy.versions.map((v) => Number(v.validFrom.slice(0, 4)))) + 1;
    const validFrom = `${year}-01-01`;
    await editor.locator('.ant-picker input').click();
    await editor.locator('.ant-picker input').fill(validFrom);
    await editor.locator('.ant-picker input').press('Enter');
    await page.getByTestId('draft-change-0').locator('.ant-select').click();
    await chooseOption(page, '补贴比例');
    await page.getByTestId('draft-change-0').locator('.ant-input-number input').fill('30');
    await editor.locator('textarea').fill('提高补贴比例至 30%');
    await page.locator('.ant-modal-footer .ant-btn-primary').click(); // antd spaces two-character labels (保 存)

    const panel = page.getByTestId('draft-panel');
    await panel.waitFor();
    await panel.getByTestId('draft-changes').getByText('30%', { exact: true }).waitFor();
    await panel.getByTestId('run-simulation').click();
    await panel.getByTestId('simulation-figures').waitFor();
    // Bars when the registry holds enterprises either version makes eligible, else a plain "none" (never a blank axis).
    await panel.getByTestId('comparison-charts').locator('canvas, .ant-empty').first().waitFor();
    await page.waitForTimeout(300); // let the chart finish its first frame
    await shoot(page, 'policies-simulation-zh');

    await panel.getByTestId('publish-draft').click();
    const confirmation = page.getByTestId('publish-confirmation');
    await confirmation.waitFor();
    const text = (await confirmation.textContent()) ?? '';
    expect(text).toContain(`${validFrom} 起施行`);
    expect(text).toContain('历史版本完整保留');
    await page.screenshot({ path: screenshotPath('policies-publish-confirm-zh') });
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '发布为新版本' }).click();

    await page.getByTestId('policy-detail').waitFor();
    const versions = page.getByTestId('versions');
    // Newest first: the published version, not yet in force; the history before it untouched.
    const newest = versions.locator('.ant-timeline-item').first();
    await newest.getByText(`第 ${policy.versions.length + 1} 版`).waitFor();
    await newest.getByText('平台发布').waitFor();
    await newest.getByText('待施行').waitFor();
    expect(await versions.locator('.ant-timeline-item').count()).toBe(policy.versions.length + 1);
    await shoot(page, 'policies-published-zh');
    expect(errors).toEqual([]);
    await journey.context.close();
  });

  it('shows enterprise staff the policies they may qualify for on the home page', async () => {
    const { context, page, errors } = await openJourneyPage(browser, { locale: 'zh-CN' });
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('ent-zj');
    await page.getByTestId('login-password').fill('Demo@2026');
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
    const card = page.getByTestId('policies-for-me');
    await card.getByText('您可能符合的政策').waitFor();
    await card.locator('.ant-skeleton').waitFor({ state: 'detached' });
    const forMe = (await (await context.request.get(`${baseUrl}/api/policies/for-me`)).json()) as { items: { policyId: string }[] };
    for (const item of forMe.items) await card.getByTestId(`for-me-${item.policyId}`).waitFor();
    await shoot(page, 'policies-for-me-zh');
    expect(errors).toEqual([]);
    await context.close();
  });
});
