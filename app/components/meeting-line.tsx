import type { MeetingState } from "~/domain/proposals/meeting-state";
import type { MessageKey } from "~/i18n/translate";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

const STATE: Record<MeetingState, MessageKey> = {
  unconfirmed: "proposal.meetingUnconfirmed",
  confirmed: "proposal.meetingConfirmed",
  held: "proposal.meetingHeld",
  cancelled: "proposal.meetingCancelled",
  noShow: "proposal.meetingNoShow",
};

/** A proposal's match meeting and what became of it (meeting-state.ts), on both sides' proposal pages. */
export function MeetingLine({ meeting }: { meeting: { date: string; time: string; place: string; state: MeetingState | null } | null }) {
  const t = useT();
  const locale = useLocale();
  if (!meeting) return null;
  return (
    <p>
      {t("proposal.meeting", { date: formatDate(locale, `${meeting.date}T12:00:00`), time: meeting.time, place: meeting.place })} {meeting.state ? t(STATE[meeting.state]) : null}
    </p>
  );
}
