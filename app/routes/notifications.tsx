import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ChoiceGroup, SubmitButton } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { Pagination } from "~/components/pagination";
import { markAllNotificationsRead, markNotificationRead, setEmailPreferences } from "~/domain/notifications/commands.server";
import { NOTIFICATION_KIND_LIST, type NotificationKind } from "~/domain/notifications/kinds";
import { emailPreferences, listNotifications } from "~/domain/notifications/queries.server";
import { pageParam } from "~/domain/page-param";
import { ROLES } from "~/domain/users/schema";
import { orHttpError } from "~/http/forms.server";
import { notificationTitle } from "~/http/notification-title.server";
import { localeFromRequest } from "~/i18n/locale.server";
import { formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.notifications");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ROLES);
  const page = pageParam.parse(new URL(args.request.url).searchParams.get("page"));
  const locale = localeFromRequest(args.request);
  const list = listNotifications(ctx, page);
  // A title is a key stored with the notification (an e-mail subject of any area): written here in
  // the reader's language, so the page's messages need not carry every subject (decision 043).
  const rows = list.rows.map(({ titleKey, vars, ...row }) => ({ ...row, title: notificationTitle(locale, titleKey, vars) }));
  return { list: { ...list, rows }, preferences: emailPreferences(ctx) };
}

const actionInput = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("open"), id: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("read"), id: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("readAll") }),
  z.object({ intent: z.literal("preferences"), email: z.array(z.enum(NOTIFICATION_KIND_LIST as [NotificationKind, ...NotificationKind[]])) }),
]);

/** Stored links are paths inside the portal; anything else goes to the list instead. */
const insidePortal = (link: string) => (link.startsWith("/") && !link.startsWith("//") && !link.includes("\\") ? link : "/notifications");

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ROLES);
  const formData = await args.request.formData();
  const parsed = actionInput.safeParse({ intent: formData.get("intent"), id: formData.get("id") ?? undefined, email: formData.getAll("email") });
  if (!parsed.success) throw new Response("Bad Request", { status: 400 });
  const input = parsed.data;
  switch (input.intent) {
    case "open":
      return redirect(insidePortal(orHttpError(() => markNotificationRead(ctx, input.id)).link));
    case "read":
      orHttpError(() => markNotificationRead(ctx, input.id));
      return redirect(`/notifications${new URL(args.request.url).search}`);
    case "readAll":
      markAllNotificationsRead(ctx);
      return { done: "readAll" as const };
    case "preferences":
      setEmailPreferences(ctx, { email: input.email });
      return { done: "preferences" as const };
  }
}

export default function Notifications() {
  const t = useT();
  const locale = useLocale();
  const { list, preferences } = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>();
  const [params] = useSearchParams();
  const page = params.get("page");
  return (
    <div className="row">
      <div className="col-12 col-lg-10">
        <h1>{t("notifications.title")}</h1>
        <p className="font-lead">{t("notifications.lead")}</p>
        {done?.done === "readAll" ? <Alert kind="success" heading={t("notifications.markedAllRead")} /> : null}
        {list.total === 0 ? (
          <p>{t("notifications.empty")}</p>
        ) : (
          <>
            <p>{list.unread > 0 ? t("notifications.unreadCount", { count: list.unread }) : t("notifications.allRead")}</p>
            {list.unread > 0 ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="readAll" />
                <button type="submit" className="button button-secondary">
                  {t("notifications.markAllRead")}
                </button>
              </Form>
            ) : null}
            <ul className="notification-list">
              {list.rows.map((row) => (
                <li key={row.id} className={row.read ? "notification" : "notification notification-unread"}>
                  <p className="notification-title">
                    {row.read ? null : <strong className="notification-badge">{t("notifications.unread")}</strong>} {row.title}
                  </p>
                  <p className="form-hint">{formatDateTime(locale, row.createdAt)}</p>
                  <div className="notification-actions">
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="open" />
                      <input type="hidden" name="id" value={row.id} />
                      <button type="submit" className="button button-secondary" aria-label={`${t("notifications.open")}: ${row.title}`}>
                        {t("notifications.open")}
                      </button>
                    </Form>
                    {row.read ? null : (
                      <Form method="post" action={`/notifications${page ? `?page=${encodeURIComponent(page)}` : ""}`} className="inline-form">
                        <input type="hidden" name="intent" value="read" />
                        <input type="hidden" name="id" value={row.id} />
                        <button type="submit" className="button button-unstyled function-link" aria-label={`${t("notifications.markRead")}: ${row.title}`}>
                          {t("notifications.markRead")}
                        </button>
                      </Form>
                    )}
                  </div>
                </li>
              ))}
            </ul>
            <Pagination page={list.page} total={list.total} pageSize={list.pageSize} />
          </>
        )}

        <h2>{t("notifications.settingsHeading")}</h2>
        <p>{t("notifications.settingsLead")}</p>
        {done?.done === "preferences" ? <Alert kind="success" heading={t("notifications.saved")} /> : null}
        {preferences.length === 0 ? (
          <p>{t("notifications.settingsNone")}</p>
        ) : (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="preferences" />
            <ChoiceGroup
              name="email"
              type="checkbox"
              legend={t("notifications.settingsLegend")}
              options={preferences.map((p) => ({ value: p.kind, label: t(`notificationKind.${p.kind}`) }))}
              checked={preferences.filter((p) => p.email).map((p) => p.kind)}
            />
            <div className="button-row">
              <SubmitButton>{t("notifications.save")}</SubmitButton>
            </div>
          </Form>
        )}
      </div>
    </div>
  );
}
