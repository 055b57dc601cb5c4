import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PDF_BYTES, RD_GROWTH_FACTS } from '../server/modules/cases/rd-growth-sample';
import { screenshotPath } from './browser';
import { journeyPages } from './journey-api';

/** The parts of the policy the journey fills the generated form from (GET /api/policies/:id). */
interface PolicyForm {
  form: { name: string; type: string; required: boolean; options?: { value: string; label: { zh: string } }[] }[];
  rubric: { criteria: { id: string }[] } | null;
}

const baseUrl = inject('baseUrl');
const facts: Record<string, unknown> = RD_GROWTH_FACTS;
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: PDF_BYTES });

const { as, screenshotOnFailure, opened: journeys } = journeyPages(baseUrl, 'cases');

async function openCase(page: Page, caseId: string): Promise<void> {
  await page.goto(`${baseUrl}/cases/${caseId}`);
  await page.getByTestId('case-detail').waitFor();
}

/** Opens an action's form from the case's action bar, lets `fill` answer it, confirms and waits for the new version. */
async function act(page: Page, action: string, fill: (form: Locator) => Promise<void> = async () => {}): Promise<void> {
  const version = await page.getByTestId('case-detail').getAttribute('data-version');
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId(`action-form-${action}`);
  await form.waitFor();
  await fill(form);
  // A select's list, closing or left open, must not cover the confirm button.
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  await page.getByTestId('action-confirm').click();
  await page.locator(`[data-testid="case-detail"]:not([data-version="${version}"])`).waitFor();
}

/** An antd input by its test id, whether the id lands on the input itself or on its wrapper. */
function field(scope: Locator, testId: string, tag: 'input' | 'textarea' = 'input') {
  return scope.locator(`${tag}[data-testid="${testId}"], [data-testid="${testId}"] ${tag}`);
}

/** Picks the option of an open antd select whose text contains `text`. */
async function pickOption(page: Page, text: string): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

describe('case journey (zh-CN)', () => {
  it('applies, is corrected, accepted, reviewed by experts with one recused, and noticed; documents download', async () => {
    screenshotOnFailure();
    // — The enterprise applies with the form generated from the policy, uploading its materials.
    const enterprise = await as('ent-jq');
    const policy = (await (await enterprise.context.request.get(`${baseUrl}/api/policies/rd-growth`)).json()) as PolicyForm;
    const ep = enterprise.page;
    await ep.goto(`${baseUrl}/cases/mine`);
    await ep.getByTestId('my-cases').waitFor();
    await expect(ep.getByTestId('tab-mine').textContent()).resolves.toBe('我的办件');
    await ep.goto(`${baseUrl}/cases/apply/rd-growth`);
    await ep.getByTestId('apply').waitFor();
    for (const field of policy.form) {
      const value = facts[field.name];
      if (value === undefined) continue;
      const box = ep.getByTestId(`fact-${field.name}`);
      if (field.type === 'boolean') await box.getByText(value ? '是' : '否', { exact: true }).click();
      else if (field.type === 'enum') {
        await box.locator('.ant-select').click();
        await pickOption(ep, field.options!.find((o) => o.value === value)!.label.zh);
      } else if (field.type === 'string-list') {
        for (const item of value as string[]) {
          await box.locator('input').fill(item);
          await box.locator('input').press('Enter');
        }
      } else await box.locator('input').fill(String(value));
    }
    await ep.getByTestId('save-draft').click();
    await ep.getByText('草稿已保存', { exact: false }).waitFor();
    await ep.getByTestId('material-audit-report').locator('input[type=file]').setInputFiles(pdf('审计报告.pdf'));
    await ep.getByTestId('material-audit-report').getByText('审计报告.pdf').waitFor();
    await ep.getByTestId('material-financial-statements').locator('input[type=file]').setInputFiles(pdf('财务报表.pdf'));
    await ep.getByTestId('material-financial-statements').getByText('财务报表.pdf').waitFor();
    await ep.screenshot({ path: screenshotPath('cases-apply'), fullPage: true });
    await ep.getByTestId('submit-application').click();
    await ep.getByTestId('case-detail').waitFor({ timeout: 30_000 });
    const caseId = ep.url().split('/').pop()!;
    const caseNumber = (await ep.getByTestId('case-number').textContent())!;
    expect(caseNumber).toMatch(/^ZJZX-\d{4}-\d+$/);
    expect(await ep.getByTestId('stage-tag').textContent()).toBe('受理');

    // — The intake officer lists every missing or wrong item at once.
    const officer = await as('jq-officer');
    const op = officer.page;
    await op.goto(`${baseUrl}/cases/queue`);
    await op.getByTestId('case-link').filter({ hasText: caseNumber }).click();
    await op.getByTestId('case-detail').waitFor();
    await act(op, 'request-correction', async (form) => {
      await field(form, 'correction-subject').first().fill('研发项目清单及立项材料');
      await form.getByPlaceholder('问题说明').first().fill('请补充研发项目清单');
      await form.getByTestId('add-items').click();
      await field(form, 'correction-subject').nth(1).fill('研发费用');
      await form.getByPlaceholder('问题说明').nth(1).fill('与审计报告不一致');
    });
    await op.getByTestId('correction-notice').waitFor();

    // — The enterprise sees both items and resubmits with the missing material.
    await openCase(ep, caseId);
    await expect(ep.getByTestId('correction-item').count()).resolves.toBe(2);
    await ep.screenshot({ path: screenshotPath('cases-correction'), fullPage: true });
    await ep.getByTestId('resubmit-form').getByTestId('material-rd-project-list').locator('input[type=file]').setInputFiles(pdf('研发项目清单.pdf'));
    await ep.getByTestId('resubmit-form').getByText('研发项目清单.pdf').waitFor();
    await field(ep.locator('body'), 'resubmit-note', 'textarea').first().fill('已补充研发项目清单，研发费用已核对');
    await ep.getByTestId('resubmit').click();
    await ep.getByText('已补正', { exact: true }).first().waitFor();

    // — The officer accepts, signs the review and assigns two experts.
    await openCase(op, caseId);
    await act(op, 'accept');
    expect(await op.getByTestId('case-detail').getAttribute('data-stage')).toBe('body-review');
    await act(op, 'sign', async (form) => form.getByText('同意', { exact: true }).click());
    expect(await op.getByTestId('case-detail').getAttribute('data-stage')).toBe('expert-review');
    await act(op, 'assign-experts', async (form) => {
      await form.locator('.ant-select').click();
      await pickOption(op, 'expert1');
      await pickOption(op, 'expert2');
      // A second click on the select closes its list, which would otherwise cover the confirm button.
      await form.locator('.ant-select').click();
      await op.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    });

    // — One expert declares a conflict and is recused; the officer replaces the seat.
    const conflicted = await as('expert1');
    await openCase(conflicted.page, caseId);
    await act(conflicted.page, 'declare-interest', async (form) => {
      await form.getByText('存在利益冲突（回避）').click();
      await field(form, 'payload-statement', 'textarea').first().fill('曾为该企业提供咨询');
    });
    await openCase(op, caseId);
    await act(op, 'replace-expert', async (form) => {
      // Each choice must show in its field before the next list opens: a list still closing can swallow the pick.
      await form.locator('.ant-select').first().click();
      await pickOption(op, 'expert1');
      await form.locator('.ant-select', { hasText: 'expert1' }).waitFor();
      await op.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
      await form.locator('.ant-select').nth(1).click();
      await pickOption(op, 'expert3');
      await form.locator('.ant-select', { hasText: 'expert3' }).waitFor();
    });

    // — The two sitting experts declare no conflict and score the unified rubric.
    for (const username of ['expert2', 'expert3']) {
      const expert = await as(username);
      await openCase(expert.page, caseId);
      await act(expert.page, 'declare-interest', async (form) => form.getByText('无利益冲突').click());
      await act(expert.page, 'score', async (form) => {
        for (const criterion of policy.rubric!.criteria) await field(form, `score-${criterion.id}`).first().fill('4');
      });
      if (username === 'expert3') await expert.page.screenshot({ path: screenshotPath('cases-expert-scored'), fullPage: true });
    }

    // — The case is in its public notice; the panel shows one recused seat and the weighted total.
    await openCase(op, caseId);
    expect(await op.getByTestId('case-detail').getAttribute('data-stage')).toBe('public-notice');
    await op.getByTestId('public-notice').waitFor();
    await expect(op.getByTestId('experts-panel').getByText('回避').count()).resolves.toBe(1);
    await expect(op.getByTestId('panel-total').textContent()).resolves.toMatch(/^\d+\.\d\d$/);
    await op.getByTestId('case-timeline').scrollIntoViewIfNeeded();
    await op.screenshot({ path: screenshotPath('cases-workbench-notice'), fullPage: true });

    // — The enterprise downloads its acceptance notice, named by the case number.
    await openCase(ep, caseId);
    const [download] = await Promise.all([ep.waitForEvent('download'), ep.getByTestId('download-acceptance-notice').click()]);
    expect(download.suggestedFilename()).toBe(`${caseNumber}-acceptance-notice.pdf`);
    const bytes = await (await enterprise.context.request.get(`${baseUrl}/api/cases/${caseId}`)).json() as { documents: { kind: string }[] };
    expect(bytes.documents.map((d) => d.kind)).toEqual(expect.arrayContaining(['correction-notice', 'acceptance-notice']));
    await ep.screenshot({ path: screenshotPath('cases-portal-notice'), fullPage: true });

    for (const journey of journeys) expect(journey.errors).toEqual([]);
  }, 300_000);
});
