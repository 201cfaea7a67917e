import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { anonContext } from "~/auth/guards.server";
import { hasDevTools } from "~/http/context";
import { devOutbox, dispatchOutbox } from "~/mail/dispatch.server";
import { formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.outbox");

/** Development and demo only: in production this page does not exist. */
export async function loader(args: LoaderFunctionArgs) {
  if (!hasDevTools(args.context.mode)) throw new Response("Not Found", { status: 404 });
  const { db, now } = anonContext(args);
  // Whatever committed a moment ago is delivered before the list is read.
  await dispatchOutbox(db, now);
  return { mails: devOutbox(db) };
}

function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <p className="outbox-text">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="function-link">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}

export default function DevOutbox() {
  const t = useT();
  const locale = useLocale();
  const { mails } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("outbox.title")}</h1>
      <p className="font-lead">{t("outbox.lead")}</p>
      {mails.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="outbox-mail">
          <h2 className="h4">{mail.subject}</h2>
          <p className="form-hint">
            {t("outbox.to")}: <span className="outbox-to">{mail.to}</span> · {formatDateTime(locale, mail.createdAt)}
          </p>
          <Linkified text={mail.text ?? ""} />
        </article>
      ))}
    </div>
  );
}
