import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import { screenshotDir } from './paths';

/**
 * Debian's chromium, headless. The flags keep it from reaching for Google's services, which this network refuses
 * (and which would slow every start); --no-sandbox because CI runs as root.
 */
export const browserLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(browserLaunchOptions);
}

/** A fresh page (own cookies and storage) and the errors it logs, so a journey can assert there were none. */
export interface JourneyPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export async function openJourneyPage(
  browser: Browser,
  { locale = 'zh-CN', width = 1440, height = 900 }: { locale?: string; width?: number; height?: number } = {},
): Promise<JourneyPage> {
  const context = await browser.newContext({ locale, viewport: { width, height }, timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors };
}

/** Where a journey's screenshot named `name` goes (.tmp/screenshots/<name>.png). */
export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, `${name}.png`);
}

/** Signs in through the API as a demo user; the session cookie lands in the page's browser context. */
export async function signInAs(journey: JourneyPage, baseUrl: string, username = 'admin'): Promise<string> {
  const response = await journey.context.request.post(`${baseUrl}/api/auth/login`, {
    data: { username, password: 'Demo@2026' },
  });
  if (response.status() !== 200) throw new Error(`sign-in as ${username}: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}
