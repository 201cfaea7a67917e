import { readFormData } from "~/http/body-limit.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { CandidateProfile } from "~/components/candidate-profile";
import { ErrorSummary } from "~/components/form";
import { MeetingOutcomeLine } from "~/components/meeting-outcome";
import { pageMeta } from "~/components/page-meta";
import { withdrawConsent } from "~/domain/candidates/commands.server";
import { getCandidate, profileViews } from "~/domain/candidates/queries.server";
import { withdrawConsentInput } from "~/domain/candidates/schema";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { formatDate, formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { isKeyOf } from "~/i18n/keys";
import { CANDIDATE_DONE } from "~/i18n/candidates/keys";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.candidate");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const candidateId = idParam(args.params, "candidateId");
  const profile = orHttpError(() => getCandidate(ctx, candidateId));
  return { ...profile, views: profileViews(ctx, candidateId) };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const candidateId = idParam(args.params, "candidateId");
  const formData = await readFormData(args.request);
  const parsed = parseForm(withdrawConsentInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    withdrawConsent(ctx, { candidateId, companyId: parsed.data.companyId });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect(`/jobcentre/candidates/${candidateId}?done=withdrawn`);
}

export default function CandidatePage() {
  const t = useT();
  const locale = useLocale();
  const { candidate: c, consent, proposals, views } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  const day = (d: string) => formatDate(locale, `${d}T12:00:00`);
  const active = consent && (consent.status === "valid" || consent.status === "expiring");
  return (
    <div className="stack">
      {/* Reached from a slot's ranked candidates: back to that ranking (the page it leads to checks access). */}
      {/^\d{1,9}$/.test(params.get("fromSlot") ?? "") ? (
        <BackLink href={`/jobcentre/slots/${params.get("fromSlot")}/candidates`}>{t("ranking.backToRanking")}</BackLink>
      ) : (
        <BackLink href="/jobcentre/candidates">{t("candidates.back")}</BackLink>
      )}
      <h1>{c.alias}</h1>
      <p className="font-lead">{t("candidate.never")}</p>
      {isKeyOf(CANDIDATE_DONE, done) ? <Alert kind="success" heading={t(CANDIDATE_DONE[done])} /> : null}
      <ErrorSummary state={state} />
      <div className="button-row">
        <a href={`/jobcentre/candidates/${c.id}/slots`} className="button button-primary">
          {t("candidate.findSlots")}
        </a>
        <a href={`/jobcentre/candidates/${c.id}/edit`} className="button button-secondary">
          {t("candidate.edit")}
        </a>
      </div>

      <p>
        <a href={`/jobcentre/candidates/${c.id}/personal-data`}>{t("privacy.linkFromProfile")}</a>
      </p>
      <CandidateProfile
        profile={{
          ...c,
          experience: { text: c.experience, industries: c.experienceIndustries },
          support: { needs: c.supportNeeds, text: c.supportText },
          activities: { text: c.activities },
        }}
      />

      <h2 id="consent">{t("consent.title")}</h2>
      {consent ? (
        <>
          <p>
            <strong>{t(`consentStatus.${consent.status}`)}</strong> – {t("consent.summary", { given: day(consent.givenOn), expires: day(consent.expiresOn), method: t(`consentMethod.${consent.method}`) })}
          </p>
          <p>{t(`consentScope.${consent.scope}`)}</p>
          {consent.companies.length > 0 ? (
            <ul>
              {consent.companies.map((co) => (
                <li key={co.id}>
                  {co.name}
                  {co.withdrawn ? ` (${t("consentStatus.withdrawn")})` : ""}
                </li>
              ))}
            </ul>
          ) : null}
          <p>{t("consent.sections", { sections: consent.sections.map((s) => t(`section.${s}`)).join(", ") })}</p>
          {active ? (
            <>
              <Form method="post" className="mt-4">
                <button type="submit" className="button button-secondary">
                  {t("consent.withdrawAll")}
                </button>
              </Form>
              {consent.withdrawable.length > 0 ? (
                <Form method="post" className="mt-4">
                  <div className="form-group">
                    <label className="form-label" htmlFor="companyId">
                      {t("consent.withdrawForCompany")}
                    </label>
                    <select className="form-select" id="companyId" name="companyId">
                      {consent.withdrawable.map((co) => (
                        <option key={co.id} value={co.id}>
                          {co.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="button button-secondary">
                    {t("consent.withdrawForCompanyButton")}
                  </button>
                </Form>
              ) : null}
            </>
          ) : null}
        </>
      ) : (
        <p>{t("consent.none")}</p>
      )}
      <p>
        <a href={`/jobcentre/candidates/${c.id}/consent`} className="button button-secondary">
          {active ? t("consent.renew") : t("consent.record")}
        </a>
      </p>

      <h2>{t("candidate.proposals")}</h2>
      {proposals.length === 0 ? (
        <p>{t("candidate.noProposals")}</p>
      ) : (
        <ul>
          {proposals.map((p) => (
            <li key={p.id}>
              <a href={`/jobcentre/proposals/${p.id}`}>{p.slotTitle}</a> – {p.companyName} – {t(`proposalStatus.${p.status}`)} ({formatDate(locale, p.proposedAt)})
              {p.meetingOutcomes.length > 0 ? <MeetingOutcomeLine outcomes={p.meetingOutcomes} /> : null}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("candidate.views")}</h2>
      <p className="form-hint">{t("candidate.viewsLead")}</p>
      {views.length === 0 ? (
        <p>{t("candidate.noViews")}</p>
      ) : (
        <div className="data-table">
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("candidate.views")}>
            {/* The lists' phone layout (data-table.tsx): at 390 px each view is a card with its labels, not a table to scroll. */}
            <table className="table table--compact data-table__table">
              <caption className="sr-only">{t("candidate.views")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("candidate.viewedAt")}</th>
                  <th scope="col">{t("candidate.viewedBy")}</th>
                  <th scope="col">{t("candidate.viewedVia")}</th>
                </tr>
              </thead>
              <tbody>
                {views.map((v, i) => (
                  <tr key={i}>
                    <td data-label={t("candidate.viewedAt")}>{formatDateTime(locale, v.at)}</td>
                    <td data-label={t("candidate.viewedBy")}>
                      {v.who}
                      <br />
                      <span className="form-hint">{v.organisation}</span>
                    </td>
                    <td data-label={t("candidate.viewedVia")}>{v.proposalId ? <a href={`/jobcentre/proposals/${v.proposalId}`}>{t("candidate.viaProposal", { id: v.proposalId })}</a> : t("candidate.viaProfile")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
