/**
 * 工作日历与时限提醒 (issue 7) in a browser: an administrator declares a local holiday on the working-day calendar
 * (a missing reason and a day that already has one are refused, each with a message naming the problem) and removes
 * it; a case whose expert review has used more than 80 % of its promised days gets a reminder from the deadline job,
 * which the officer of the reviewing body sees on the workbench and on the case.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createWorkCalendar, parseCalendarOverrides } from '../core/calendar';
import { listDeadlineAlerts, type CaseState } from '../core/workflow';
import { deadlineDates } from '../server/modules/cases/case-deadlines';
import { screenshotPath } from './browser';
import { runJobNow, withDatabase } from './database';
import { api, applyForRdGrowth, journeyPages, type CaseView } from './journey-api';

const baseUrl = inject('baseUrl');
const DAY_MS = 86_400_000;
// The deadline job's queue (server/modules/cases/deadlines/deadline-alerts.job.ts).
const DEADLINE_ALERTS_JOB = 'cases-deadline-alerts';

// The browser logs every non-2xx fetch; the duplicate day the journey adds on purpose answers 409.
const expectedNoise = /Failed to load resource: the server responded with a status of 409/;
const unexpected = (errors: string[]) => errors.filter((error) => !expectedNoise.test(error));

const { as, screenshotOnFailure } = journeyPages(baseUrl, 'cases-deadlines');

/** Waits until no table or card is loading, so a screenshot shows data rather than a fading spinner. */
async function settle(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count(), { timeout: 30_000 }).toBe(0);
}

/** A Monday in March of next year: officially a working day, far from any clock a journey runs. */
function mondayNextYear(): string {
  const day = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 1));
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The case's clocks as they would read `days` days later: every start, stop and pause moved back. */
function agedBy(state: CaseState, days: number): CaseState {
  const back = (at: string) => new Date(Date.parse(at) - days * DAY_MS).toISOString();
  const backOrNull = (at: string | null) => (at === null ? null : back(at));
  return {
    ...state,
    timers: state.timers.map((timer) => ({
      ...timer,
      startedAt: back(timer.startedAt),
      stoppedAt: backOrNull(timer.stoppedAt),
      pauses: timer.pauses.map((pause) => ({ from: back(pause.from), to: backOrNull(pause.to) })),
    })),
  };
}

/**
 * Lets the days pass on a case's clocks until the deadline job would remind the units of `stageId` (the fewest days
 * that do it, so the stage is not yet overdue), and stores the clocks and the colour dates an action would have
 * stored. Waiting for the clock is the one thing the journey cannot do in a browser.
 */
async function ageUntilReminder(caseId: string, stageId: string): Promise<void> {
  await withDatabase(async (pool) => {
    const { rows: overrides } = await pool.query<{ date: string; kind: string; reason: string }>(
      `select to_char(date, 'YYYY-MM-DD') as date, kind, reason from calendar_overrides order by date`,
    );
    const calendar = createWorkCalendar(parseCalendarOverrides(overrides));
    const { rows } = await pool.query<{ state: CaseState }>('select state from cases where id = $1', [caseId]);
    const now = new Date().toISOString();
    for (let days = 1; days <= 60; days++) {
      const aged = agedBy(rows[0]!.state, days);
      const alerts = listDeadlineAlerts(aged, calendar, now);
      if (alerts.some((a) => a.kind === 'escalation')) break;
      if (!alerts.some((a) => a.kind === 'reminder' && a.stageId === stageId)) continue;
      const { yellowOn, due } = deadlineDates(aged, calendar, now);
      await pool.query('update cases set state = $2, deadline_yellow_on = $3, deadline_due = $4 where id = $1', [caseId, aged, yellowOn, due]);
      return;
    }
    throw new Error(`no number of days turns stage ${stageId} of case ${caseId} yellow`);
  });
}

describe('working-day calendar and deadline reminders (zh-CN)', () => {
  it('lets an administrator declare a local holiday, refuses a missing reason and a second entry for the day, and removes it', async () => {
    screenshotOnFailure();
    const admin = await as('admin');
    const { page, errors } = admin;
    const date = mondayNextYear();
    const year = date.slice(0, 4);
    // A run against a long-lived server may have left the day behind.
    await admin.context.request.delete(`${baseUrl}/api/cases/calendar-overrides/${date}`, { headers: { 'x-csrf-token': admin.csrfToken } });

    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('tab-calendar').click();
    const calendar = page.getByTestId('calendar-overrides');
    await calendar.waitFor();
    await calendar.locator('.ant-input-number input').fill(year);
    await settle(page);
    const row = calendar.locator('.ant-table-row', { hasText: date });
    expect(await row.count()).toBe(0);

    /** Types the day into the date picker and picks what it becomes. */
    const fillDateAndKind = async (kind: string) => {
      await page.locator('#date').click();
      await page.locator('#date').fill(date);
      await page.locator('#date').press('Enter');
      await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
      await calendar.locator('.ant-select').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: kind }).click();
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    };

    // Date and kind without a reason: the form names the missing field and sends nothing.
    await fillDateAndKind('休息日（调休）');
    await page.getByTestId('calendar-add').click();
    await calendar.locator('.ant-form-item-explain-error').getByText('请输入原因', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('cases-calendar-reason-missing') });

    await page.locator('#reason').fill('园区科技节（地方性休息日）');
    await page.getByTestId('calendar-add').click();
    await page.locator('.ant-message').getByText(`已添加 ${date} 的调整`).waitFor();
    await row.waitFor();
    await expect(row.locator('.ant-tag').allTextContents()).resolves.toEqual(['休息日（调休）', '工作日']);
    await row.getByText('园区科技节（地方性休息日）').waitFor();
    await row.getByText('平台管理员', { exact: false }).waitFor();

    // The same day again: the server refuses it and the message names the day and what to do.
    await fillDateAndKind('工作日（补班）');
    await page.locator('#reason').fill('重复添加');
    await page.getByTestId('calendar-add').click();
    await page.locator('.ant-message').getByText(`${date} 已有工作日调整，请先删除后再添加`).waitFor();
    await expect(row.count()).resolves.toBe(1);
    // With animations finished, so the message shows in full rather than fading in.
    await page.screenshot({ path: screenshotPath('cases-calendar-duplicate'), animations: 'disabled' });

    await row.getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm:visible').getByText(`删除 ${date} 的调整？`, { exact: false }).waitFor();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await page.locator('.ant-message').getByText(`已删除 ${date} 的调整`).waitFor();
    await row.waitFor({ state: 'detached' });
    const left = await api<{ items: { date: string }[] }>(admin, 'GET', `/api/cases/calendar-overrides?year=${year}`, 200);
    expect(left.items.map((o) => o.date)).not.toContain(date);

    expect(unexpected(errors)).toEqual([]);
  });

  it('reminds the reviewing body when its expert review runs late: on the workbench and on the case', async () => {
    screenshotOnFailure();
    // — An enterprise applies; the officer of 金桥管理局 accepts and signs the body review: the expert review starts.
    const submitted = await applyForRdGrowth(await as('ent-jq'), `cases-deadlines-${Date.now()}`);
    const officer = await as('jq-officer');
    const accepted = await api<CaseView>(officer, 'POST', `/api/cases/${submitted.id}/actions`, 200, { data: { action: 'accept', version: submitted.version } });
    const signed = await api<CaseView>(officer, 'POST', `/api/cases/${submitted.id}/actions`, 200, { data: { action: 'sign', version: accepted.version, opinion: 'agree' } });
    expect(signed.stage.id).toBe('expert-review');

    // — Days pass (more than 80 % of the promised ten working days); the deadline job runs as the scheduler would.
    // The expert review, not the intake: 9 of 10 days used can be true on any day, 2 of 2 only on a working day.
    await ageUntilReminder(submitted.id, 'expert-review');
    await runJobNow(DEADLINE_ALERTS_JOB);
    await expect
      .poll(async () => (await api<{ items: { kind: string; caseId: string }[] }>(officer, 'GET', '/api/cases/reminders?mine=true', 200)).items.filter((r) => r.caseId === submitted.id).map((r) => r.kind), { timeout: 60_000, interval: 1_000 })
      .toEqual(['reminder']);

    // — The officer's workbench lists the reminder with the case number; it leads to the case.
    const { page, errors } = officer;
    await page.goto(`${baseUrl}/cases/queue`);
    const mine = page.getByTestId('my-reminders');
    await mine.waitFor();
    await expect(mine.locator('.ant-card-head-title').textContent()).resolves.toBe('我的时限提醒');
    const item = mine.getByTestId('reminder-reminder').filter({ hasText: submitted.caseNumber });
    await item.waitFor();
    await item.getByText('临期提醒').waitFor();
    await item.getByText('专家评审（第 1 次进入）', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: screenshotPath('cases-workbench-reminders') });

    await item.getByRole('link', { name: submitted.caseNumber }).click();
    await page.waitForURL((url) => url.pathname === `/cases/${submitted.id}`);
    await page.getByTestId('case-detail').waitFor();
    await expect(page.getByTestId('case-number').textContent()).resolves.toBe(submitted.caseNumber);
    const onCase = page.getByTestId('case-reminders');
    await onCase.waitFor();
    await expect(onCase.locator('.ant-card-head-title').textContent()).resolves.toBe('时限提醒与督办');
    await expect(onCase.getByTestId('reminder-reminder').count()).resolves.toBe(1);
    await onCase.getByTestId('reminder-reminder').getByText('专家评审（第 1 次进入）', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: screenshotPath('cases-detail-reminders'), fullPage: true });

    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
});
