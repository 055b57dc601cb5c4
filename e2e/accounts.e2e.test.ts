import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../core/registry/credit-code';
import { launchBrowser, openJourneyPage, screenshotPath } from './browser';

const baseUrl = inject('baseUrl');
const demoPassword = 'Demo@2026';
// What the journey registers is unique per run, so it can also run against a long-lived server (E2E_BASE_URL).
const runId = String(Date.now()).slice(-5);
const journeyUser = `journey-${runId}`;
const journeyEnterprise = `金桥旅程测试${runId}科技有限公司`;
let browser: Browser;

// The browser logs every non-2xx fetch; those the journey provokes on purpose (signed out, a taken username) are
// expected, anything else is a failure.
const expectedNoise = /Failed to load resource: the server responded with a status of (401|409)/;
const unexpected = (errors: string[]) => errors.filter((error) => !expectedNoise.test(error));

/** A valid GB 32100 code for a Pudong enterprise with the given 8-character organisation body. */
function composeCreditCode(body: string): string {
  const first17 = `91310115${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(demoPassword);
  await page.getByTestId('login-submit').click();
}

/** Signs in through the API (not the browser): the session cookie and CSRF token of a second session. */
async function apiSession(username: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

/** Waits until no table or page is loading, so a screenshot shows data rather than a fading spinner. */
async function settle(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
}

async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible').getByText(label, { exact: true }).click();
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('accounts journeys', () => {
  it('sends a signed-out visitor to the login page and back; an officer sees only the queue of his area', async () => {
    const { context, page, errors } = await openJourneyPage(browser);
    await page.goto(`${baseUrl}/accounts/registrations`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/accounts/registrations');
    await page.getByTestId('login-product').getByText('张江科学城一体化管理服务平台').waitFor();
    await page.screenshot({ path: screenshotPath('accounts-login') });

    // A wrong password gets the server's generic message, the same as an unknown user.
    await page.getByTestId('login-username').fill('jq-officer');
    await page.getByTestId('login-password').fill('not-the-password1');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();

    await signIn(page, 'jq-officer');
    await page.waitForURL((url) => url.pathname === '/accounts/registrations');
    const queue = page.getByTestId('registrations');
    await queue.getByText('金桥新注册材料有限公司').waitFor();
    expect(await queue.getByText('张江新注册科技有限公司').count()).toBe(0);
    const places = await queue.locator('tbody tr.ant-table-row td:nth-child(3)').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain('金桥管理局');

    // The menu follows the acting unit's permissions: the queue, but not the audit log.
    await page.getByTestId('nav-accounts').waitFor();
    expect(await page.getByTestId('nav-audit').count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: screenshotPath('accounts-queue-jq'), fullPage: true });
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('registers an enterprise: a bad credit code and a taken username are named on their fields, then it is pending and verified', async () => {
    const { context, page, errors } = await openJourneyPage(browser);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('register-link').click();
    await page.getByTestId('register-form').waitFor();

    const good = composeCreditCode(`MA1${runId}`);
    const wrongCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    await page.getByTestId('field-creditCode').fill(wrongCheck);
    const codeItem = page.locator('.ant-form-item', { has: page.getByTestId('field-creditCode') });
    await codeItem.getByText('校验码错误').waitFor();
    await page.getByTestId('field-creditCode').fill(good);
    await page.getByTestId('credit-code-valid').waitFor();

    await page.getByTestId('field-enterpriseName').fill(journeyEnterprise);
    await pickOption(page, 'field-bodyId', '金桥管理局');
    await page.getByTestId('field-contactName').fill('赵经理');
    await page.getByTestId('field-contactPhone').fill('021-58880000');
    // A username that exists: the server's 409 lands on the username field.
    await page.getByTestId('field-username').fill('ent-jq');
    await page.getByTestId('field-password').fill('Journey2026');
    await page.getByTestId('field-confirmPassword').fill('Journey2026');
    await page.getByTestId('register-submit').click();
    const usernameItem = page.locator('.ant-form-item', { has: page.getByTestId('field-username') });
    await usernameItem.getByText('用户名“ent-jq”已被使用').waitFor();
    await page.getByTestId('field-creditCode').fill(wrongCheck);
    await codeItem.getByText('校验码错误').waitFor();
    await page.screenshot({ path: screenshotPath('accounts-register-errors'), fullPage: true });

    await page.getByTestId('field-creditCode').fill(good);
    await page.getByTestId('field-username').fill(journeyUser);
    await page.getByTestId('register-submit').click();
    await page.getByTestId('registration-pending').getByText(good).waitFor();
    await page.screenshot({ path: screenshotPath('accounts-register-pending'), fullPage: true });

    // The officer of the area finds it in the queue and verifies it with the bulk action.
    await page.goto(`${baseUrl}/login?next=${encodeURIComponent('/accounts/registrations')}`);
    await signIn(page, 'jq-officer');
    const row = page.locator('tr.ant-table-row', { hasText: journeyEnterprise });
    await row.locator('input[type="checkbox"]').check();
    await page.getByTestId('bulk-verify').click();
    await page.getByText('已通过 1 项').waitFor();
    await page.getByTestId('status-verified').click();
    await page.locator('tr.ant-table-row', { hasText: journeyEnterprise }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('verified');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('shows an administrator the users, the audit log with its diff, and an intact chain', async () => {
    const { context, page, errors } = await openJourneyPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('home').waitFor();
    await page.getByTestId('sign-in').click();
    await signIn(page, 'admin');
    await page.getByTestId('user-menu').getByText('平台管理员').waitFor();

    await page.getByTestId('nav-accounts').click();
    await page.getByTestId('tab-users').click();
    const users = page.getByTestId('users');
    await users.getByText('jq-officer', { exact: true }).waitFor();
    await settle(page);
    await page.screenshot({ path: screenshotPath('accounts-users'), fullPage: true });
    const search = page.getByTestId('users-search').locator('input');
    await search.fill(journeyUser);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === journeyUser);
    await expect.poll(() => users.locator('tbody tr.ant-table-row').count()).toBe(1);
    await users.getByText(journeyUser, { exact: true }).waitFor();

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-filters').getByPlaceholder('如 auth. 或 registration.verify').fill('registration.');
    await page.getByTestId('audit-search').click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'registration.');
    const actions = page.getByTestId('audit-table').locator('tbody tr.ant-table-row td:nth-child(6)');
    const onlyRegistrations = async () => {
      const texts = await actions.allTextContents();
      return texts.length > 0 && texts.every((action) => action.startsWith('registration.'));
    };
    await expect.poll(onlyRegistrations).toBe(true);
    const verified = page.locator('tr.ant-table-row', { hasText: 'registration.verify' }).first();
    await verified.click();
    await page.getByTestId('audit-diff').first().waitFor();
    await page.getByTestId('verify-chain').click();
    await page.getByTestId('chain-result').getByText('哈希链完好').waitFor();
    await settle(page);
    await page.screenshot({ path: screenshotPath('accounts-audit'), fullPage: true });

    await chooseFromUserMenu(page, '个人中心');
    await page.getByTestId('sessions').locator('tr.ant-table-row').first().waitFor();
    await settle(page);
    await page.screenshot({ path: screenshotPath('accounts-profile'), fullPage: true });

    // Signing out lands on the login page; the pages behind it ask for a session again.
    await chooseFromUserMenu(page, '退出登录');
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('reason') === 'signed-out');
    await page.getByText('您已安全退出登录。').waitFor();
    await page.goto(`${baseUrl}/audit`);
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/audit');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('returns a revoked session to the login page and, after signing in, to the same page', async () => {
    const { context, page, errors } = await openJourneyPage(browser);
    const here = '/accounts/users?status=active';
    await page.goto(`${baseUrl}/login?next=${encodeURIComponent(here)}`);
    await signIn(page, 'admin');
    await page.waitForURL((url) => `${url.pathname}${url.search}` === here);
    await page.getByTestId('users').getByText('zj-officer', { exact: true }).waitFor();

    // Signing out everywhere else from a second session revokes this browser's session on the server.
    const other = await apiSession('admin');
    const revoke = await fetch(`${baseUrl}/api/auth/sessions/revoke-others`, {
      method: 'POST',
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrfToken, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(revoke.status).toBe(200);

    // The next call of the page (switching the language reloads its data) meets 401 SESSION_EXPIRED.
    await page.getByTestId('language-toggle').getByText('EN', { exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    const url = new URL(page.url());
    expect(url.searchParams.get('next')).toBe(here);
    expect(url.searchParams.get('reason')).toBe('expired');
    await page.getByTestId('login-expired').getByText('Your session has expired').waitFor();
    await page.screenshot({ path: screenshotPath('accounts-expired') });

    await signIn(page, 'admin');
    await page.waitForURL((next) => `${next.pathname}${next.search}` === here);
    await page.getByTestId('users').getByText('zj-officer', { exact: true }).waitFor();
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
  it('switches the acting unit: the menu and the data follow the unit, and switching back restores them', async () => {
    // jq-officer also serves in 张江科建办 for this journey, where he holds no grant.
    const admin = await apiSession('admin');
    const call = (path: string, method: string, body?: unknown) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    const found = (await (await call('/api/users?q=jq-officer', 'GET')).json()) as { items: { id: string; username: string }[] };
    const officer = found.items.find((user) => user.username === 'jq-officer')!;
    expect((await call(`/api/users/${officer.id}/units`, 'POST', { unitId: 'zhangjiang-construction-office' })).status).toBe(204);

    const { context, page, errors } = await openJourneyPage(browser);
    try {
      await page.goto(`${baseUrl}/login?next=${encodeURIComponent('/accounts/registrations')}`);
      await signIn(page, 'jq-officer');
      await page.getByTestId('registrations').getByText('金桥新注册材料有限公司').waitFor();

      await page.getByTestId('acting-unit').locator('.ant-select').click();
      await page.locator('.ant-select-dropdown:visible').getByText('张江科建办', { exact: true }).click();
      await page.getByTestId('forbidden').waitFor();
      expect(await page.getByTestId('nav-accounts').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('accounts-acting-unit') });

      await page.getByTestId('acting-unit').locator('.ant-select').click();
      await page.locator('.ant-select-dropdown:visible').getByText('金桥管理局', { exact: true }).click();
      await page.getByTestId('registrations').getByText('金桥新注册材料有限公司').waitFor();
      await page.getByTestId('nav-accounts').waitFor();
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await call(`/api/users/${officer.id}/units/zhangjiang-construction-office`, 'DELETE');
      await context.close();
    }
  });
});

/**
 * Opens the user menu and picks an item. A click on the trigger while the last menu is still fading out closes it
 * instead of opening it (seen on a loaded CI machine), so open until the item is really visible.
 */
async function chooseFromUserMenu(page: Page, label: string): Promise<void> {
  const item = page.getByRole('menuitem', { name: label });
  for (let attempt = 1; ; attempt += 1) {
    await page.getByTestId('user-menu').click();
    try {
      await item.waitFor({ state: 'visible', timeout: 3_000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  await item.click();
}
