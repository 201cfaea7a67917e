import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import { createTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { toCsv } from "~/http/list.server";
import { ctxFor, makeWorld, sessionCookieFor } from "../factories";

type Loader = (args: { request: Request; params: Record<string, string>; context: never }) => Response;
let w: Awaited<ReturnType<typeof makeWorld>>;

function task(title: string, over: Record<string, string> = {}) {
  return createTask(ctxFor(w.hr), {
    ...draftTaskInput.parse({
      title,
      description: "Vaske bageplader og forme efter morgenbagningen hver dag.",
      workplaceId: String(w.workplaceA.id),
      relievedRole: "Bager",
      hoursFreed: "2,5",
      frequency: "daily",
      learningTime: "days",
      physical: "2",
      social: "1",
      language: "1",
      pace: "2",
      precision: "1",
      ...over,
    }),
    activate: true,
  });
}

async function download(route: string, url: string, userId: number, params: Record<string, string> = {}) {
  const { loader } = (await import(`~/routes/csv/${route}.ts`)) as { loader: Loader };
  const request = new Request(new URL(url, "http://localhost"), { headers: { Cookie: sessionCookieFor(userId) } });
  const context = { nonce: "", clientIp: "10.9.9.9", mode: "test", setCookies: [] } as never;
  try {
    return loader({ request, params, context });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const lines = async (res: Response) => (await res.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");

beforeAll(async () => {
  w = await makeWorld();
  task("Opvask af bageplader");
  task("=HYPERLINK(\"http://ond.example\";\"klik\")", { hoursFreed: "4" });
});

describe("CSV for Danish Excel", () => {
  it("starts with a UTF-8 BOM, uses semicolons and CRLF, writes decimal commas and keeps ÆØÅ", () => {
    const csv = toCsv(["Navn", "Timer"], [["Bæregrød på Ærø", 2.5], ["Hel; med semikolon", 10]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe('Navn;Timer\r\nBæregrød på Ærø;2,5\r\n"Hel; med semikolon";10\r\n');
  });

  it("makes formulas inert (=, +, @ and - before text), but keeps negative numbers as numbers", () => {
    const csv = toCsv(["a", "b", "c", "d", "e"], [["=1+1", "+45 1234", "@SUM(A1)", "-2+3", -3.5]]);
    expect(csv.slice(1).split("\r\n")[1]).toBe("'=1+1;'+45 1234;'@SUM(A1);'-2+3;-3,5");
  });
});

describe("a list's CSV download", () => {
  it("holds the page's columns and rows with the current filters, and is audited with who, which list and which filters", async () => {
    const res = await download("company-tasks", "/company/tasks.csv?q=Opvask&sort=title", w.hr.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="aflastende-opgaver-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = await lines(res);
    expect(header).toBe("Opgavens titel;Kernemedarbejdere, der aflastes;Timer om ugen;Arbejdssted;Status");
    expect(rows).toEqual(["Opvask af bageplader;Bager;2,5;Hovedafdelingen;Aktiv"]);
    const entry = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, "list.exported"), eq(auditLog.actorUserId, w.hr.id)))
      .orderBy(desc(auditLog.id))
      .get()!;
    expect(entry).toMatchObject({ companyId: w.companyA.id, jobcentreId: w.jc.id, ip: "10.9.9.9" });
    expect(entry.details).toEqual({ list: "company-tasks", rows: 1, "filter.q": "Opvask", "filter.sort": "title" });
  });

  it("escapes a formula a user typed into a title", async () => {
    const text = await (await download("company-tasks", "/company/tasks.csv?sort=title", w.hr.id)).text();
    expect(text).toContain(`"'=HYPERLINK(""http://ond.example"";""klik"")"`);
    expect(text).not.toMatch(/(^|\r\n|;)=HYPERLINK/);
  });

  it("is refused for a role the page refuses, and a company of another jobcentre is a 404 as on the page", async () => {
    expect((await download("company-tasks", "/company/tasks.csv", w.consultant.id)).status).toBe(403);
    expect((await download("audit-log", "/jobcentre/audit.csv", w.consultant.id)).status).toBe(403);
    const other = await download("jobcentre-company-tasks", `/jobcentre/companies/${w.companyA.id}/tasks.csv`, w.consultantOther.id, {
      companyId: String(w.companyA.id),
    });
    expect(other.status).toBe(404);
    const own = await download("jobcentre-company-tasks", `/jobcentre/companies/${w.companyA.id}/tasks.csv`, w.consultant.id, {
      companyId: String(w.companyA.id),
    });
    expect((await lines(own)).length).toBe(3);
  });

  it("leaves out action columns (the colleagues' forms) and keeps what the page shows", async () => {
    const [header, ...rows] = await lines(await download("colleagues", "/company/colleagues.csv", w.hr.id));
    expect(header).toBe("Navn;E-mail;Rolle;Status");
    expect(rows).toHaveLength(2);
    expect(rows.join("\n")).toContain(w.mentor.email);
    expect(rows.join("\n")).not.toContain(w.hrOther.email);
  });

  it("answers in English for a user who chose English", async () => {
    const { loader } = (await import("~/routes/csv/company-slots")) as unknown as { loader: Loader };
    const request = new Request("http://localhost/company/slots.csv", { headers: { Cookie: `${sessionCookieFor(w.hr.id)}; fodfaeste_lang=en` } });
    const res = loader({ request, params: {}, context: { nonce: "", clientIp: "1", mode: "test", setCookies: [] } as never });
    expect((await lines(res))[0]).toMatch(/^Title;/);
  });
});
