import type { Page } from "@playwright/test";
import { test, expect, loginAt, outboxMails, switchUser, follow } from "../fixtures";

/** Today as a Danish calendar date (the meeting is held today, so its outcome can be recorded). */
function danishToday() {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
}

/** The candidate form, filled in as a consultant would, with `strengths` as given. */
async function fillCandidate(page: Page, alias: string, strengths: string) {
  await page.getByLabel("Fornavn eller kaldenavn", { exact: true }).fill(alias);
  await page.getByLabel("Aldersgruppe", { exact: true }).selectOption({ label: "25–29 år" });
  await page.getByLabel("Postnummer", { exact: true }).fill("2500");
  await page.getByLabel("Målgruppe", { exact: true }).selectOption({ label: "Kontanthjælp, aktivitetsparat" });
  await page.getByLabel("Styrker", { exact: true }).fill(strengths);
  await page.getByLabel("Niveau for sprog 1", { exact: true }).selectOption({ label: "godt" });
  await page.getByLabel("Timer om ugen nu", { exact: true }).fill("10");
  await page.getByLabel("Mål for timer om ugen", { exact: true }).fill("20");
  for (const day of ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"]) await page.getByLabel(day, { exact: true }).check();
  await page.getByLabel("Cykel", { exact: true }).check();
  await page.getByLabel("Hvor langt borgeren kan rejse (km)", { exact: true }).fill("15");
  await page.getByLabel("en rolig arbejdsplads", { exact: true }).check();
  await page.getByLabel("rolig", { exact: true }).check();
}

/**
 * The whole journey with JavaScript, on the demo slot kept free for it (Bageriet Hansen). The
 * no-JS project submits the same forms in the short test below, on the other slot kept free.
 */
test("consultant creates a candidate (CPR refused) → consent → ranked candidates → proposal → HR invites, tells how the meeting went and accepts → slot filled → consent withdrawn hides it", async ({
  page,
  a11y,
}) => {
  // One journey across three people and about twenty pages, each checked by axe: more time than one page needs.
  test.slow();
  const slotTitle = "Morgenpakning af brød";
  const alias = `E2E ${Date.now().toString(36).slice(-5)}`;
  const nav = () => page.getByRole("navigation", { name: "Hovedmenu" });

  // The consultant creates a candidate; a CPR number in a field is refused with the reason.
  await loginAt(page, "konsulent@demo.test", "/jobcentre");
  await nav().getByRole("link", { name: "Kandidater" }).click();
  await expect(page.getByRole("heading", { name: "Kandidater", level: 1 })).toBeVisible();
  await a11y();
  await page.getByRole("link", { name: "Opret kandidat" }).click();
  await fillCandidate(page, alias, "Mødestabil, født 010190-1234");
  await page.getByRole("button", { name: "Opret kandidat" }).click();
  await expect(page.locator("#strengths-error")).toContainText("Skriv aldrig et CPR-nummer");
  await a11y();
  await page.getByLabel("Styrker", { exact: true }).fill("Mødestabil og glad for faste opgaver");
  await page.getByRole("button", { name: "Opret kandidat" }).click();
  await expect(page.getByRole("heading", { name: alias, level: 1 })).toBeVisible();
  await expect(page.getByText("Registrér samtykket, før du foreslår kandidaten.")).toBeVisible();
  const candidateUrl = page.url().replace(/\?.*$/, "");
  await a11y();

  // Consent: any company the jobcentre proposes to, sharing what helps, 6 months by default.
  await follow(page.getByRole("link", { name: "Registrér samtykke" }));
  await a11y();
  await page.getByLabel("Hvad der hjælper", { exact: true }).check();
  await page.getByRole("button", { name: "Gem samtykke" }).click();
  await expect(page.getByText("Samtykket er registreret.")).toBeVisible();
  await expect(page.locator("#consent ~ p strong").first()).toHaveText("Gyldigt");

  // The open slot: candidates ranked with a line per factor; the consultant proposes.
  await nav().getByRole("link", { name: "Opslagstavle" }).click();
  await page.getByRole("link", { name: slotTitle }).click();
  await page.getByRole("link", { name: "Find kandidater til pladsen" }).click();
  await expect(page.getByRole("heading", { name: `Kandidater til «${slotTitle}»` })).toBeVisible();
  await expect(page.getByText("ingen samlet score")).toBeVisible();
  await a11y();
  // Ranked lists page through the whole jobcentre; find our candidate's card.
  let card = page.locator("section.candidate-card", { has: page.getByRole("heading", { name: alias }) });
  while ((await card.count()) === 0) {
    await page.getByRole("link", { name: "Næste" }).click();
    card = page.locator("section.candidate-card", { has: page.getByRole("heading", { name: alias }) });
  }
  await expect(card).toContainText("Kan arbejde 10 timer nu – pladsen starter på 8");
  await expect(card).toContainText("Passer:");
  // The profile opened from the ranking leads back to it.
  const ranking = page.url();
  await card.getByRole("link", { name: alias, exact: true }).click();
  await page.getByRole("link", { name: "Tilbage til kandidaterne til pladsen" }).click();
  expect(new URL(page.url()).pathname).toBe(new URL(ranking).pathname);
  card = page.locator("section.candidate-card", { has: page.getByRole("heading", { name: alias }) });
  while ((await card.count()) === 0) {
    await page.getByRole("link", { name: "Næste" }).click();
    card = page.locator("section.candidate-card", { has: page.getByRole("heading", { name: alias }) });
  }
  await card.getByRole("link", { name: `Foreslå ${alias}` }).click();
  // The proposal form first, then axe (scanning a page that is still leaving fails on a null document).
  await expect(page.getByLabel("Begrundelse", { exact: true })).toBeVisible();
  await a11y();
  await page.getByLabel("Begrundelse", { exact: true }).fill("Stabil og glad for faste morgenopgaver. Bor tæt på.");
  await page.getByRole("button", { name: "Send forslaget til virksomheden" }).click();
  await expect(page.getByText("Forslaget er sendt.")).toBeVisible();
  await a11y();
  const proposalUrl = page.url().replace(/\?.*$/, "");
  const proposalId = proposalUrl.split("/").pop()!;

  // HR is told by e-mail (the outbox) and in the portal.
  await outboxMails(page, "hr@demo.test", (mails) => mails.some((m) => [m.subject, m.text].join("\n").includes("Nyt kandidatforslag fra jobcentret") && [m.subject, m.text].join("\n").includes(slotTitle)));
  await switchUser(page, "hr@demo.test");
  await expect(page.getByText(/kandidatforslag venter på jeres svar/)).toBeVisible();
  await follow(nav().getByRole("link", { name: "Forslag" }));
  await a11y();
  await page.getByRole("link", { name: alias }).click();
  await expect(page.getByRole("heading", { name: `${alias} til «${slotTitle}»` })).toBeVisible();
  await expect(page.getByText("Stabil og glad for faste morgenopgaver.")).toBeVisible();
  await expect(page.getByText("en rolig arbejdsplads").first()).toBeVisible();
  // Never the target group.
  await expect(page.getByText("Kontanthjælp")).toHaveCount(0);
  await a11y();

  // HR invites to a match meeting, tells how it went, then accepts: the last seat fills the slot.
  await page.getByLabel("Dato for matchmødet", { exact: true }).fill(danishToday());
  await page.getByLabel("Tidspunkt", { exact: true }).fill("10:00");
  await page.getByLabel("Sted", { exact: true }).fill("Bageriet i Valby");
  await page.getByRole("button", { name: "Inviter til matchmøde" }).click();
  await expect(page.getByText("Invitationen er sendt til jobcentret.")).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Gem vurderingen" }).click();
  await expect(page.locator("#socialMatch-error")).toContainText("Vælg hvordan kemien var");
  await page.getByLabel("God – de fandt hurtigt en god tone", { exact: true }).check();
  await page.getByLabel("De talte let sammen", { exact: true }).check();
  await page.getByLabel("En linje om mødet (kan udelades)", { exact: true }).fill("Mentoren og borgeren fandt hurtigt en rolig tone");
  await page.getByRole("button", { name: "Gem vurderingen" }).click();
  await expect(page.getByText("Vurderingen af mødet er gemt.")).toBeVisible();
  const outcome = page.getByRole("region", { name: "Sådan gik matchmødet" });
  await expect(outcome).toContainText("Virksomhedens vurdering");
  await expect(outcome).toContainText("fandt hurtigt en rolig tone");
  await a11y();
  await page.getByRole("button", { name: "Sig ja til kandidaten" }).click();
  await expect(page.getByText("I har sagt ja til kandidaten.")).toBeVisible();
  await nav().getByRole("link", { name: "Praktikpladser" }).click();
  await expect(page.getByRole("row", { name: new RegExp(slotTitle) })).toContainText("Besat");

  // The consultant withdraws the consent; the profile shows who has seen it, HR's view included.
  await switchUser(page, "konsulent@demo.test", candidateUrl);
  await expect(page.getByRole("region", { name: "Hvem har set profilen" })).toContainText("Hanne Holm");
  await expect(page.getByRole("region", { name: "Hvem har set profilen" })).toContainText(`Forslag nr. ${proposalId}`);
  await expect(page.getByText("Møde: god kemi (virksomheden), ikke vurderet (jobcentret)")).toBeVisible();
  await page.getByRole("button", { name: "Træk hele samtykket tilbage" }).click();
  await expect(page.getByText("Samtykket er trukket tilbage.")).toBeVisible();
  await a11y();

  // At once, HR's proposal page is gone.
  await switchUser(page, "hr@demo.test", "/company/proposals");
  await expect(page.getByRole("link", { name: alias })).toHaveCount(0);
  const response = await page.goto(`/company/proposals/${proposalId}`);
  expect(response?.status()).toBe(404);
});

test.describe("without JavaScript", { tag: "@nojs-only" }, () => {

  /**
   * Every form of the journey, straight to each form (no reading pages, no ranked list), on the
   * demo slot kept free for the no-JS project: Oprydning og opvask i bageriet.
   */
  test("the candidate, consent, proposal, match meeting, verdict and withdrawal forms work without JavaScript @nojs", async ({ page }) => {
    const alias = `E2E ${Date.now().toString(36).slice(-5)}`;
    await loginAt(page, "konsulent@demo.test", "/jobcentre/candidates/new");
    await fillCandidate(page, alias, "Mødestabil, født 010190-1234");
    await page.getByRole("button", { name: "Opret kandidat" }).click();
    await expect(page.locator("#strengths-error")).toContainText("Skriv aldrig et CPR-nummer");
    await page.getByLabel("Styrker", { exact: true }).fill("Mødestabil og glad for faste opgaver");
    await page.getByRole("button", { name: "Opret kandidat" }).click();
    await expect(page.getByRole("heading", { name: alias, level: 1 })).toBeVisible();
    const candidateUrl = page.url().replace(/\?.*$/, "");
    const candidateId = candidateUrl.split("/").pop()!;

    await page.goto(`${candidateUrl}/consent`);
    await page.getByLabel("Hvad der hjælper", { exact: true }).check();
    await page.getByRole("button", { name: "Gem samtykke" }).click();
    await expect(page.getByText("Samtykket er registreret.")).toBeVisible();

    await page.goto("/jobcentre/board");
    const slotId = (await page.getByRole("link", { name: "Oprydning og opvask i bageriet", exact: true }).getAttribute("href"))!.split("/").pop();
    await page.goto(`/jobcentre/proposals/new?candidateId=${candidateId}&slotId=${slotId}`);
    await page.getByLabel("Begrundelse", { exact: true }).fill("Stabil og glad for faste opgaver. Bor tæt på.");
    await page.getByRole("button", { name: "Send forslaget til virksomheden" }).click();
    await expect(page.getByText("Forslaget er sendt.")).toBeVisible();
    const proposalId = page.url().replace(/\?.*$/, "").split("/").pop()!;

    await switchUser(page, "hr@demo.test", `/company/proposals/${proposalId}`);
    await page.getByLabel("Dato for matchmødet", { exact: true }).fill(danishToday());
    await page.getByLabel("Tidspunkt", { exact: true }).fill("10:00");
    await page.getByLabel("Sted", { exact: true }).fill("Bageriet i Valby");
    await page.getByRole("button", { name: "Inviter til matchmøde" }).click();
    await expect(page.getByText("Invitationen er sendt til jobcentret.")).toBeVisible();
    await page.getByRole("button", { name: "Gem vurderingen" }).click();
    await expect(page.locator("#socialMatch-error")).toContainText("Vælg hvordan kemien var");
    await page.getByLabel("God – de fandt hurtigt en god tone", { exact: true }).check();
    await page.getByRole("button", { name: "Gem vurderingen" }).click();
    await expect(page.getByText("Vurderingen af mødet er gemt.")).toBeVisible();
    await page.getByRole("button", { name: "Sig ja til kandidaten" }).click();
    await expect(page.getByText("I har sagt ja til kandidaten.")).toBeVisible();

    await switchUser(page, "konsulent@demo.test", candidateUrl);
    await page.getByRole("button", { name: "Træk hele samtykket tilbage" }).click();
    await expect(page.getByText("Samtykket er trukket tilbage.")).toBeVisible();
  });
});
