import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { anonContext } from "~/auth/guards.server";
import { sessionCookie } from "~/auth/cookie.server";
import { Alert } from "~/components/alerts";
import { SubmitButton } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { confirmSignup, findOpenSignupRequest } from "~/domain/companies/signup.server";
import { readFormData } from "~/http/body-limit.server";
import { publicUrl } from "~/mail/mailer.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.signupConfirm");

/** Shows what will be created; only the button creates it (mail scanners follow links, they do not press buttons). */
export function loader(args: LoaderFunctionArgs) {
  const ctx = anonContext(args);
  const request = findOpenSignupRequest(ctx.db, args.params.token ?? "", ctx.now);
  return { request: request ? { company: request.details.name, cvr: request.cvr, email: request.email } : null };
}

export async function action(args: ActionFunctionArgs) {
  await readFormData(args.request);
  const result = confirmSignup(anonContext(args), {
    token: args.params.token ?? "",
    link: (id) => publicUrl(args.context, `/jobcentre/companies/${id}`),
  });
  if (result.ok) {
    return redirect("/company?welcome=1", { headers: { "Set-Cookie": sessionCookie(args.request, result.token, result.expiresAt) } });
  }
  return data({ reason: result.reason }, { status: result.reason === "taken" ? 409 : 400 });
}

export default function SignupConfirm() {
  const t = useT();
  const { request } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  if (failed || !request) {
    return (
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <h1>{t("signupConfirm.title")}</h1>
          {failed?.reason === "taken" ? (
            <Alert kind="warning" heading={t("signupConfirm.taken")}>
              <p>
                <a href="/login">{t("signupConfirm.login")}</a> · <a href="/reset-password">{t("signupConfirm.reset")}</a>
              </p>
            </Alert>
          ) : (
            <Alert kind="warning" heading={t("signupConfirm.invalidLink")}>
              <p>
                <a href="/signup">{t("signupConfirm.again")}</a>
              </p>
            </Alert>
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t("signupConfirm.title")}</h1>
        <p className="font-lead">{t("signupConfirm.lead", { company: request.company })}</p>
        <dl className="summary-list">
          <dt>{t("field.companyName")}</dt>
          <dd>{request.company}</dd>
          <dt>{t("field.cvr")}</dt>
          <dd>{request.cvr}</dd>
          <dt>{t("field.email")}</dt>
          <dd>{request.email}</dd>
        </dl>
        <Form method="post">
          <div className="button-row">
            <SubmitButton>{t("signupConfirm.submit")}</SubmitButton>
          </div>
        </Form>
      </div>
    </div>
  );
}
