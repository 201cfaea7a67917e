import { chromium } from "@playwright/test";
const [,, url, out, email] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
if (email) {
  await page.goto("http://localhost:3300/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill("Demo-adgang-2026");
  await page.getByRole("button", { name: "Log ind" }).last().click();
  await page.waitForLoadState("networkidle");
}
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
console.log(await page.title(), page.url());
await browser.close();
