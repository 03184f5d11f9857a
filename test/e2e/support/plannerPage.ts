import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { ru } from '../../../renderer/src/i18n/ru';
import type { Locale } from '../../../shared/format/locale';
import { launchChromium } from './browser';
import { startWebApp, type RunningWebApp } from './webApp';

/** What the page must show before the file's tests start: the map drawn, or the demo's plots in the list. */
export const PLANNER_PAGE_READY = ['map idle', 'plot list filled'] as const;
export type PlannerPageReady = (typeof PLANNER_PAGE_READY)[number];

export interface PlannerPageOptions {
  /** The interface language, put in the query as `&lang=…`. */
  readonly lang: Locale;
  readonly ready: PlannerPageReady;
  /** 1440×900 unless a file needs more room (the dashboard's forms). */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Set by the files that save through the browser's download. */
  readonly acceptDownloads?: boolean;
  /** Makes the project file the app opens (a demo with something added); a fresh demo when absent. */
  readonly project?: () => string;
}

export interface PlannerPage {
  readonly app: RunningWebApp;
  readonly browser: Browser;
  readonly page: Page;
}

const PLOT_LIST = { en: en.plotList.title, ru: ru.plotList.title } as const satisfies Record<Locale, string>;

async function waitUntilReady(page: Page, options: PlannerPageOptions): Promise<void> {
  if (options.ready === 'map idle') {
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
    return;
  }
  // The demo has more than 40 plots: the 41st row means the list is filled, not just begun.
  await page.getByRole('region', { name: PLOT_LIST[options.lang] }).getByRole('row').nth(40).waitFor({ timeout: 60_000 });
}

/**
 * The planner's app for a whole e2e file: before all its tests, the web mode on a fresh demo project,
 * headless Chromium and one page opened in `lang` and waited on; after them, both closed. Register it
 * before the file's own `beforeAll`, which then runs on the ready page (Vitest runs hooks in order).
 * The parts are handed to `take` once ready and are also on the returned getters (which throw before).
 *
 * @example
 * let page: Page;
 * openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));
 */
export function openPlannerPage(options: PlannerPageOptions, take?: (opened: PlannerPage) => void): PlannerPage {
  let opened: PlannerPage | null = null;
  let app: RunningWebApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startWebApp(options.project?.());
    browser = await launchChromium();
    const { width, height } = options.viewport ?? { width: 1440, height: 900 };
    // acceptDownloads only when asked: Playwright's own default stays in force otherwise.
    const page = await browser.newPage({ viewport: { width, height }, ...(options.acceptDownloads === undefined ? {} : { acceptDownloads: options.acceptDownloads }) });
    await page.goto(`${app.url}&lang=${options.lang}`);
    await waitUntilReady(page, options);
    opened = { app, browser, page };
    take?.(opened);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const part = <K extends keyof PlannerPage>(key: K): PlannerPage[K] => {
    if (opened === null) throw new Error(`the planner page is not open yet (${key} asked before beforeAll ran)`);
    return opened[key];
  };
  return {
    get app() {
      return part('app');
    },
    get browser() {
      return part('browser');
    },
    get page() {
      return part('page');
    },
  };
}
