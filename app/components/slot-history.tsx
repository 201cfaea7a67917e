import type { SlotEvent } from "~/domain/slots/status";
import { formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export function SlotHistory({ events }: { events: { id: number; at: string | Date; event: SlotEvent; actorLabel: string | null; comment: string | null }[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section>
      <h2>{t("slot.history")}</h2>
      <ol className="slot-history">
        {events.map((e) => (
          <li key={e.id}>
            <strong>{t(`slotEvent.${e.event}`)}</strong> – {formatDateTime(locale, e.at)}
            {e.actorLabel ? ` – ${e.actorLabel}` : ""}
            {e.event.startsWith("representative_") && (e.event.endsWith("confirmed") || e.event.endsWith("declined")) ? ` (${t("rep.role")})` : ""}
            {e.comment ? <blockquote>{e.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
