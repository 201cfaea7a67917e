import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { BackLink } from "~/components/back-link";
import { CompanyContacts } from "~/components/company-contacts";
import { ErrorSummary, SubmitButton, TextArea } from "~/components/form";
import { decideCompany } from "~/domain/companies/commands.server";
import { companyOverviewForJobcentre } from "~/domain/companies/jobcentre-overview.server";
import { companyNoteInput } from "~/domain/companies/note";
import { companyNoteFor, setCompanyNote } from "~/domain/companies/note.server";
import { jobcentreCompanyView } from "~/domain/companies/queries.server";
import { rejectionInput } from "~/domain/companies/schema";
import { backPath, withBack } from "~/http/back.server";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { backLabelKey } from "~/http/navigation";
import { formatCalendarDate, formatDate, formatDateTime, formatNumber } from "~/i18n/translate";
import { idParam } from "~/http/params";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { fteCount } from "~/components/fte-count";

export const meta = pageMeta("title.company");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const id = idParam(args.params, "companyId");
  const back = backPath(args.request, "/jobcentre/companies");
  // This page with where it was reached from: the pages it links to come back here, and from here back.
  const here = withBack(`/jobcentre/companies/${id}`, back.fromUser ? back.href : null);
  return orHttpError(() => {
    const overview = companyOverviewForJobcentre(ctx, id);
    return {
      ...jobcentreCompanyView(ctx, id),
      slots: overview.slots.map((s) => ({ ...s, href: withBack(`/jobcentre/slots/${s.id}`, here) })),
      tasks: overview.tasks,
      note: companyNoteFor(ctx, id),
      back: { href: back.href, labelKey: backLabelKey(back.href) },
      tasksHref: withBack(`/jobcentre/companies/${id}/tasks`, here),
      workplacesHref: withBack(`/jobcentre/companies/${id}/workplaces`, here),
      // The forms post here, so the page after a decision still knows where "back" is.
      here,
    };
  });
}

/** After a decision or a saved note, the page again, keeping where it was reached from. */
function again(request: Request, id: number, flag: string) {
  const back = new URL(request.url).searchParams.get("back");
  return redirect(withBack(`/jobcentre/companies/${id}?${flag}`, back));
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const id = idParam(args.params, "companyId");
  const formData = await readFormData(args.request);
  try {
    if (formData.get("intent") === "verify") {
      decideCompany(ctx, { companyId: id, decision: "verified" });
      return again(args.request, id, "decided=verified");
    }
    if (formData.get("intent") === "reject") {
      const parsed = parseForm(rejectionInput, formData);
      if (!parsed.ok) return invalidForm(parsed);
      decideCompany(ctx, { companyId: id, decision: "rejected", reason: parsed.data.reason });
      return again(args.request, id, "decided=rejected");
    }
    if (formData.get("intent") === "note") {
      const parsed = parseForm(companyNoteInput, formData);
      if (!parsed.ok) return invalidForm(parsed);
      setCompanyNote(ctx, { companyId: id, ...parsed.data });
      return again(args.request, id, "noteSaved=1");
    }
    throw new Response("Bad Request", { status: 400 });
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function JobcentreCompany() {
  const t = useT();
  const locale = useLocale();
  const { company, workplaces, contacts, slots, tasks, note, back, tasksHref, workplacesHref, here } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const noteState = state?.values?.intent === "note" ? state : undefined;
  const decisionState = state?.values?.intent === "note" ? undefined : state;
  const [params] = useSearchParams();
  const decided = params.get("decided");
  return (
    <div className="stack">
      <BackLink href={back.href}>{t(back.labelKey)}</BackLink>
      <h1>{company.name}</h1>
      {company.status === "pending" && company.reviewRequestedAt ? (
        <Alert kind="info" heading={t("verify.reviewRequested", { date: formatDate(locale, company.reviewRequestedAt) })}>
          {company.reviewRequestNote ? <p>{t("verify.reviewNote", { note: company.reviewRequestNote })}</p> : null}
        </Alert>
      ) : null}
      {decided ? <Alert kind="success" heading={t(`verify.done.${decided === "verified" ? "verified" : "rejected"}`)} /> : null}
      {params.get("noteSaved") ? <Alert kind="success" heading={t("companyNote.saved")} /> : null}
      <dl className="summary-list">
        <dt>{t("field.cvr")}</dt>
        <dd>{company.cvr}</dd>
        <dt>{t("field.industry")}</dt>
        <dd>{t(`industry.${company.industry}`)}</dd>
        <dt>{t("field.status")}</dt>
        <dd>{t(`companyStatus.${company.status}`)}</dd>
        <dt>{t("field.signedUp")}</dt>
        <dd>{formatDate(locale, company.createdAt)}</dd>
        {company.rejectionReason ? (
          <>
            <dt>{company.status === "pending" ? t("verify.previousRejection") : t("field.rejectionReason")}</dt>
            <dd>{company.rejectionReason}</dd>
          </>
        ) : null}
      </dl>
      {company.status === "pending" ? (
        <section>
          <h2>{t("verify.heading")}</h2>
          <p>{t("verify.lead")}</p>
          <ErrorSummary state={decisionState} />
          <Form method="post" action={here}>
            <input type="hidden" name="intent" value="verify" />
            <SubmitButton>{t("verify.verify")}</SubmitButton>
          </Form>
          <h3>{t("verify.rejectHeading")}</h3>
          <Form method="post" action={here} noValidate>
            <input type="hidden" name="intent" value="reject" />
            <TextArea name="reason" label={t("field.rejectionReason")} hint={t("hint.rejectionReason")} state={decisionState} />
            <SubmitButton secondary>{t("verify.reject")}</SubmitButton>
          </Form>
        </section>
      ) : null}
      <section>
        <h2>{t("verify.contacts")}</h2>
        <CompanyContacts contacts={contacts} />
      </section>
      <section>
        <h2>{t("companyPage.slots")}</h2>
        {slots.length === 0 ? (
          <p>{t("companyPage.noSlots")}</p>
        ) : (
          <ul className="nobullet-list company-slot-list">
            {slots.map((s) => (
              <li key={s.id}>
                <a href={s.href}>
                  <strong>{s.title}</strong>
                </a>{" "}
                · {t(`slotKind.${s.kind}`)} · {t(`slotStatus.${s.status}`)} · {t("field.startDate")} {formatCalendarDate(locale, s.startDate)}
                {s.events.length > 0 ? (
                  <ul className="company-slot-history">
                    {s.events.map((e) => (
                      <li key={`${e.event}-${String(e.at)}`}>
                        {t(`slotEvent.${e.event}`)} – {formatDateTime(locale, e.at)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t("companyPage.tasks")}</h2>
        {tasks.length === 0 ? (
          <p>{t("companyPage.noTasks")}</p>
        ) : (
          <ul>
            {tasks.map((task) => (
              <li key={task.id}>
                <strong>{task.title}</strong>
                {task.hoursFreed != null ? ` · ${t("tasks.hoursValue", { hours: formatNumber(locale, task.hoursFreed) })}` : ""}
                {task.relievedRole ? ` · ${t("companyPage.relieves", { role: task.relievedRole })}` : ""}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={tasksHref} className="button button-secondary">
            {t("tasks.seeCompanyTasks")}
          </a>
        </p>
      </section>
      <section>
        <h2>{t("nav.workplaces")}</h2>
        {workplaces.rows ? (
          <ul>
            {workplaces.rows.map((w) => (
              <li key={w.id}>
                <strong>{w.name}</strong> ({t("field.pNumber")} {w.pNumber}) – {w.address}, {w.postcode} {w.city} ·{" "}
                {t("workplace.fteShort", { fte: formatNumber(locale, w.ordinaryFte), count: fteCount(w.ordinaryFte) })}
                {w.closedAt ? ` · ${t("workplace.closed")}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <>
            {/* A chain: how many and where, a search that opens the list at the town or street, and the whole list 20 at a time. */}
            <p>
              {t("companyPage.workplacesInTowns", { count: workplaces.towns, workplaces: formatNumber(locale, workplaces.total) })}
              {workplaces.closed > 0 ? ` ${t("companyPage.workplacesClosed", { count: workplaces.closed })}` : ""}
            </p>
            <Form method="get" action={`/jobcentre/companies/${company.id}/workplaces`} className="filter-form" aria-label={t("companyPage.findWorkplace")}>
              <input type="hidden" name="back" value={here} />
              <div className="form-group">
                <label className="form-label" htmlFor="workplace-q">
                  {t("workplaces.search")}
                </label>
                <input className="form-input" id="workplace-q" name="q" type="search" />
              </div>
              <div className="button-row">
                <button type="submit" className="button button-secondary">
                  {t("companyPage.findWorkplace")}
                </button>
              </div>
            </Form>
            <p>
              <a href={workplacesHref} className="button button-secondary">
                {t("companyPage.seeWorkplaces")}
              </a>
            </p>
          </>
        )}
      </section>
      <section id="note">
        <h2>{t("companyNote.heading")}</h2>
        <p>{t("companyNote.lead")}</p>
        {note.updatedAt ? <p className="form-hint">{t("companyNote.updated", { date: formatDateTime(locale, note.updatedAt), name: note.updatedByName ?? "" })}</p> : <p>{t("companyNote.none")}</p>}
        <ErrorSummary state={noteState} />
        <Form method="post" action={here} noValidate>
          <input type="hidden" name="intent" value="note" />
          <input type="hidden" name="noteVersion" value={note.version} />
          <TextArea name="note" label={t("companyNote.label")} hint={t("companyNote.hint")} defaultValue={note.note ?? ""} rows={4} state={noteState} />
          <SubmitButton secondary>{t("companyNote.save")}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
