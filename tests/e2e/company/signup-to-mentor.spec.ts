import { SESSION_COOKIE } from "../../../app/auth/cookie.server";
import { test, expect, fillSignup, linkFromOutbox, login, outboxMails, loginAt, logout, randomCvr, switchUser, uniqueEmail, follow } from "../fixtures";

/**
 * The whole journey with JavaScript. Without JavaScript its forms are submitted by short tests:
 * sign-up, confirmation and verification in notifications.spec.ts, the colleagues page and the
 * invitation below, a bad CVR and a known address further down.
 */
test("sign-up → pending banner → consultant verifies → HR invites a mentor → mentor cannot open HR pages", async ({ page, a11y }) => {
  // The longest journey of the suite (four people, the e-mail step, axe on every page): more time on a loaded machine.
  test.slow();
  const company = { cvr: randomCvr(), name: `E2E Butik ${Date.now()} ApS`, email: uniqueEmail("hr"), password: "Et langt og godt kodeord" };

  await page.goto("/");
  await a11y();
  await fillSignup(page, company);
  await a11y();
  await page.getByRole("button", { name: "Opret virksomhed" }).click();

  // Nothing exists until the address's owner confirms from the e-mail (decision 020).
  await expect(page.getByRole("heading", { name: "Tjek din e-mail" })).toBeVisible();
  await a11y();
  await page.goto(await linkFromOutbox(page, company.email, "/signup/confirm/"));
  await expect(page.getByText(company.name).first()).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Opret virksomheden" }).click();

  // Pending: HR is signed in, sees what they can and cannot do yet.
  await expect(page).toHaveURL(/\/company/);
  await expect(page.getByText("Virksomheden afventer jobcentrets godkendelse")).toBeVisible();
  // Whom to call at the jobcentre (the demo admin keeps København's card).
  const card = page.getByRole("region", { name: "Din kontakt i Jobcenter København" });
  await expect(card.getByRole("link", { name: "33 66 33 66" })).toHaveAttribute("href", "tel:+4533663366");
  await a11y();

  // The consultant of the chosen jobcentre verifies it.
  await switchUser(page, "konsulent@demo.test");
  await expect(page).toHaveURL(/\/jobcentre$/);
  await a11y();
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Virksomheder at godkende" }).click();
  await page.getByRole("link", { name: company.name }).click();
  // The contact the company gave at sign-up, ready to call or write to.
  await expect(page.getByRole("link", { name: "33 12 34 56" })).toHaveAttribute("href", "tel:+4533123456");
  await expect(page.getByRole("link", { name: company.email })).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Godkend virksomheden" }).click();
  await expect(page.getByText("Virksomheden er godkendt.")).toBeVisible();
  await a11y();
  // Logging off, and in again with the password chosen at sign-up.
  await logout(page);

  // HR: the banner is gone; invite a mentor.
  await login(page, company.email, company.password);
  await expect(page.getByText("Virksomheden afventer jobcentrets godkendelse")).toHaveCount(0);
  await follow(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Kolleger" }));
  await a11y();
  const mentorEmail = uniqueEmail("mentor");
  // Inviting yourself is refused at the field, with what to do instead.
  await page.getByLabel("Navn", { exact: true }).fill("Mig Selv");
  await page.getByLabel("E-mail", { exact: true }).fill(company.email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.locator("#email-error")).toContainText("Du kan ikke invitere dig selv");
  // The role starts as mentor; after sending, the form is empty for the next one.
  await page.getByLabel("Navn", { exact: true }).fill("Morten Mentor");
  await page.getByLabel("E-mail", { exact: true }).fill(mentorEmail);
  await expect(page.getByLabel("Rolle", { exact: true })).toHaveValue("mentor");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("Morten Mentor");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitationen er sendt.")).toBeVisible();
  await expect(page.locator(".stacked-list li", { hasText: mentorEmail })).toContainText("Morten Mentor");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("");
  await a11y();

  // A second invitation, sent by mistake, is cancelled; the mentor's is sent again.
  const wrongEmail = uniqueEmail("forkert");
  await page.getByLabel("Navn", { exact: true }).fill("Forkert Person");
  await page.getByLabel("E-mail", { exact: true }).fill(wrongEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await page.getByRole("button", { name: `Annullér invitation til ${wrongEmail}` }).click();
  await expect(page.getByText("Invitationen er annulleret.")).toBeVisible();
  await expect(page.getByText(wrongEmail)).toHaveCount(0);
  await page.getByRole("button", { name: `Send igen til ${mentorEmail}` }).click();
  await expect(page.getByText("Invitationen er sendt igen med et nyt link.")).toBeVisible();
  // Signed in as nobody from here (logging off is tested above).
  await page.context().clearCookies({ name: SESSION_COOKIE });

  // The mentor's e-mail introduces the role.
  const [mentorMail] = await outboxMails(page, mentorEmail);
  expect(`${mentorMail!.subject}\n${mentorMail!.text}`).toContain("Du er inviteret som mentor i Fodfæste");
  expect(mentorMail!.text).toContain("Som mentor tager du imod en ny kollega");

  // The mentor accepts from the outbox link and lands in the company.
  const invitation = await linkFromOutbox(page, mentorEmail, "/invitation/");
  await page.goto(invitation);
  await a11y();
  // The name HR wrote is already filled in.
  await expect(page.getByLabel("Dit navn", { exact: true })).toHaveValue("Morten Mentor");
  await page.getByLabel("Ny adgangskode", { exact: true }).fill("Mentor med lang kode");
  await page.getByRole("button", { name: "Opret min bruger" }).click();
  await expect(page).toHaveURL(/\/company$/);
  await expect(page.getByRole("heading", { name: "Velkommen, Morten" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Kolleger" })).toHaveCount(0);
  await a11y();

  // HR pages are refused with a 403 page of their own.
  const response = await page.goto("/company/colleagues");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Du har ikke adgang til denne side" })).toBeVisible();
  await a11y();

  // The link was single-use.
  await page.context().clearCookies({ name: SESSION_COOKIE });
  await page.goto(invitation);
  await expect(page.getByText("Invitationen er udløbet eller allerede brugt")).toBeVisible();
});

test.describe("without JavaScript", { tag: "@nojs-only" }, () => {

  /** Omsorg Plus ApS (hr-aarhus), a verified company no other journey uses: its colleagues page and the invitation. */
  test("HR invites a mentor (self refused), cancels a wrong invitation, sends one again; the mentor accepts @nojs", async ({ page }) => {
    const mentorEmail = uniqueEmail("mentor");
    const wrongEmail = uniqueEmail("forkert");
    await loginAt(page, "hr-aarhus@demo.test", "/company/colleagues");
    await page.getByLabel("Navn", { exact: true }).fill("Mig Selv");
    await page.getByLabel("E-mail", { exact: true }).fill("hr-aarhus@demo.test");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.locator("#email-error")).toContainText("Du kan ikke invitere dig selv");
    await page.getByLabel("Navn", { exact: true }).fill("Morten Mentor");
    await page.getByLabel("E-mail", { exact: true }).fill(mentorEmail);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("Invitationen er sendt.")).toBeVisible();
    await page.getByLabel("Navn", { exact: true }).fill("Forkert Person");
    await page.getByLabel("E-mail", { exact: true }).fill(wrongEmail);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByRole("button", { name: `Annullér invitation til ${wrongEmail}` }).click();
    await expect(page.getByText("Invitationen er annulleret.")).toBeVisible();
    await page.getByRole("button", { name: `Send igen til ${mentorEmail}` }).click();
    await expect(page.getByText("Invitationen er sendt igen med et nyt link.")).toBeVisible();

    // The mentor, signed in as nobody, accepts from the e-mail.
    await page.context().clearCookies({ name: SESSION_COOKIE });
    await page.goto(await linkFromOutbox(page, mentorEmail, "/invitation/"));
    await page.getByLabel("Ny adgangskode", { exact: true }).fill("Mentor med lang kode");
    await page.getByRole("button", { name: "Opret min bruger" }).click();
    await expect(page.getByRole("heading", { name: "Velkommen, Morten" })).toBeVisible();
  });
});

test("a bad CVR shows the field error and the error summary @nojs", async ({ page, a11y }) => {
  await fillSignup(page, { cvr: "31245673", name: "Forkert CVR ApS", email: uniqueEmail("bad"), password: "Et langt og godt kodeord" });
  await page.getByRole("button", { name: "Opret virksomhed" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Der er problemer med det, du har indtastet" });
  await expect(summary).toBeVisible();
  const link = summary.getByRole("link", { name: /CVR-nummer: CVR-nummeret er ikke gyldigt/ });
  await expect(link).toHaveAttribute("href", "#cvr");
  await expect(page.locator(".form-error").filter({ has: page.locator("#cvr") }).locator(".form-error-message")).toContainText(
    "CVR-nummeret er ikke gyldigt",
  );
  // What was typed is kept (except the password).
  await expect(page.getByLabel("Virksomhedens navn", { exact: true })).toHaveValue("Forkert CVR ApS");
  await a11y();
});

test("sign-up with an e-mail that already has an account answers exactly as a new one, and mails the owner the way in @nojs", async ({ page, a11y }) => {
  await fillSignup(page, { cvr: randomCvr(), name: `Kendt Adresse ${Date.now()} ApS`, email: "hr2@demo.test", password: "Et langt og godt kodeord" });
  await page.getByRole("button", { name: "Opret virksomhed" }).click();
  await expect(page).toHaveURL(/\/signup\?sent=1$/);
  await expect(page.getByRole("heading", { name: "Tjek din e-mail" })).toBeVisible();
  await a11y();
  // The owner is told they already have an account, with the way to log in or reset; nothing to confirm.
  const reset = await linkFromOutbox(page, "hr2@demo.test", "/reset-password");
  expect(reset).toBe("/reset-password");
  const [mail] = await outboxMails(page, "hr2@demo.test");
  expect(`${mail!.subject}\n${mail!.text}`).toContain("Oprettelse af virksomhed i Fodfæste");
  expect(mail!.links.filter((link) => link.includes("/signup/confirm/"))).toEqual([]);
});
