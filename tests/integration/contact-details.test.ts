import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { users } from "~/db/schema";
import { listCompanyContacts } from "~/domain/companies/queries.server";
import { updateContactCard } from "~/domain/jobcentres/commands.server";
import { contactCardFor } from "~/domain/jobcentres/queries.server";
import { setOwnPhone } from "~/domain/users/commands.server";
import { call } from "../http";
import { ctxFor, expectAudit, makeWorld, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const CARD = {
  contactName: "Virksomhedsservice",
  contactPhone: "33663366",
  contactEmail: "virksomhed@jobcenter.test",
  address: "Rådhuspladsen 1",
  postcode: "1550",
  city: "København V",
};

describe("the jobcentre's contact card (issue 9.5)", () => {
  it("the admin keeps it; the jobcentre's companies see it, another jobcentre's companies do not", () => {
    expect(contactCardFor(ctxFor(w.hr)).contactName).toBeNull();
    updateContactCard(ctxFor(w.admin), { ...CARD, version: 1 });
    expect(contactCardFor(ctxFor(w.hr))).toMatchObject({ jobcentreName: w.jc.name, ...CARD });
    expect(contactCardFor(ctxFor(w.mentor)).contactPhone).toBe("33663366");
    expect(contactCardFor(ctxFor(w.hrOther))).toMatchObject({ jobcentreName: w.otherJc.name, contactName: null });
    expectAudit("jobcentre.contact_updated", { subjectId: w.jc.id, jobcentreId: w.jc.id, companyId: null });
  });

  it("a consultant may not change it, and a stale form does not overwrite a newer card", () => {
    expect(() => updateContactCard(ctxFor(w.consultant), { ...CARD, version: 2 })).toThrow(expect.objectContaining({ kind: "forbidden" }));
    expect(() => updateContactCard(ctxFor(w.admin), { ...CARD, contactName: "Gammel", version: 1 })).toThrow(expect.objectContaining({ kind: "conflict" }));
    expect(contactCardFor(ctxFor(w.hr)).contactName).toBe("Virksomhedsservice");
  });

  it("the form refuses a phone number that is not Danish, with the message that says what to write", async () => {
    const { action } = await import("~/routes/jobcentre/contact");
    const result = await call(action as never, {
      url: "/jobcentre/contact",
      cookie: sessionCookieFor(w.admin.id),
      form: { ...CARD, contactPhone: "+46 70 123 45 67", version: "2" },
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: { contactPhone: "error.phone.format" } });
    const saved = await call(action as never, { url: "/jobcentre/contact", cookie: sessionCookieFor(w.admin.id), form: { ...CARD, contactPhone: "+45 33 66 33 67", version: "2" } });
    expect(saved.status).toBe(302);
    expect(contactCardFor(ctxFor(w.hr)).contactPhone).toBe("33663367");
  });
});

describe("the company contact's phone (issue 9.5)", () => {
  it("the consultant sees each HR person's phone and e-mail; a person keeps their own number", () => {
    setOwnPhone(ctxFor(w.hr), "22334455");
    const contacts = listCompanyContacts(ctxFor(w.consultant), w.companyA.id);
    expect(contacts).toContainEqual({ id: w.hr.id, name: w.hr.name, email: w.hr.email, phone: "22334455" });
    expect(() => listCompanyContacts(ctxFor(w.consultantOther), w.companyA.id)).toThrow(expect.objectContaining({ kind: "not_found" }));
    setOwnPhone(ctxFor(w.hr), null);
    expect(getDb().select({ phone: users.phone }).from(users).where(eq(users.id, w.hr.id)).get()!.phone).toBeNull();
  });
});
