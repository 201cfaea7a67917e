import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { sessionCookie } from "~/auth/cookie.server";
import { getSignedIn, anonContext } from "~/auth/guards.server";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { login } from "~/domain/auth/commands.server";
import { safeRedirect, startPathFor } from "~/http/navigation";
import { formError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.login");

const loginInput = z.object({
  email: z.string({ required_error: "error.email.format" }).trim().min(1, "error.email.format"),
  password: z.string({ required_error: "error.password.required" }).min(1, "error.password.required"),
  redirectTo: z.string().optional(),
});

export function loader(args: LoaderFunctionArgs) {
  const signedIn = getSignedIn(args);
  if (signedIn) throw redirect(startPathFor(signedIn.actor.role));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(loginInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  const result = await login(
    anonContext({ request, context }),
    { email: parsed.data.email, password: parsed.data.password },
  );
  if (!result.ok) {
    if (result.reason === "throttled") {
      return formError(formData, "_form", { key: "error.login.throttled", vars: { count: result.minutes } }, 429);
    }
    return formError(formData, "_form", "error.login.invalid");
  }
  const to = safeRedirect(parsed.data.redirectTo, startPathFor(result.role));
  return redirect(to, { headers: { "Set-Cookie": sessionCookie(request, result.token, result.expiresAt) } });
}

export default function Login() {
  const t = useT();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t("auth.login")}</h1>
        {params.get("reset") === "done" ? <p className="font-lead">{t("auth.resetDone")}</p> : null}
        <ErrorSummary state={state} />
        <Form method="post" noValidate>
          <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
          <TextField name="email" type="email" label={t("field.email")} autoComplete="username" state={state} />
          <TextField
            name="password"
            type="password"
            label={t("field.password")}
            autoComplete="current-password"
            state={state}
          />
          <div className="button-row">
            <SubmitButton>{t("auth.login")}</SubmitButton>
          </div>
        </Form>
        <p className="mt-6">
          <a className="function-link" href="/reset-password">
            {t("auth.forgotPassword")}
          </a>
        </p>
        <p>
          {t("auth.noAccount")}{" "}
          <a className="function-link" href="/signup">
            {t("home.signup")}
          </a>
        </p>
      </div>
    </div>
  );
}
