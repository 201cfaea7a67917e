import { renderPdf, type PdfModel, type PdfRow, type PdfSection } from "./document.server";
import type { Locale } from "~/i18n/locales";
import { formatCalendarDate, formatDate, formatKroner, formatList, formatNumber, translate, type MessageKey } from "~/i18n/translate";
import type { AgreementSummary } from "~/domain/placements/agreement.server";
import { plannedHoursInWeek } from "~/domain/placements/hours-plan";
import type { HourStep } from "~/domain/slots/schema";

/** The hours plan as one line: "uge 1–4: 8 timer, uge 5–13: 10 timer". Pure. */
export function hoursPlanText(locale: Locale, plan: { startHours: number; steps: readonly HourStep[] }, weeks: number): string {
  const parts: string[] = [];
  let from = 1;
  for (let week = 1; week <= weeks; week++) {
    const hours = plannedHoursInWeek(plan, week);
    if (week === weeks || plannedHoursInWeek(plan, week + 1) !== hours) {
      const vars = { from, to: week, hours: formatNumber(locale, hours) };
      parts.push(translate(locale, from === week ? "agreement.planPartOne" : "agreement.planPart", vars));
      from = week + 1;
    }
  }
  return parts.join(", ");
}

/** The agreement summary as a document: sections in the order the agreement system asks. Pure. */
export function agreementPdfModel(s: AgreementSummary, locale: Locale, now: Date): PdfModel {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const n = (v: number) => formatNumber(locale, v);
  const day = (d: string) => formatCalendarDate(locale, d);
  const row = (label: MessageKey, value: string): PdfRow => ({ label: t(label), value });

  const rep: PdfRow[] = !s.representative.required
    ? [row("agreement.section.representative", t("agreement.repNotNeeded"))]
    : [
        row("field.name", s.representative.name ?? ""),
        row("field.email", s.representative.email ?? ""),
        row("agreement.repConfirmedAt", s.representative.status === "confirmed" && s.representative.confirmedAt ? formatDate(locale, s.representative.confirmedAt) : t("agreement.repNotConfirmed")),
        ...(s.representative.status === "confirmed" ? [row("agreement.repWhat", t("agreement.repWhatValue"))] : []),
        ...(s.representative.comment ? [row("agreement.repComment", s.representative.comment)] : []),
      ];

  const sections: PdfSection[] = [
    {
      heading: t("agreement.section.company"),
      rows: [
        row("agreement.companyName", s.company.name),
        row("field.cvr", s.company.cvr),
        row("agreement.workplace", s.workplace.name),
        row("field.pNumber", s.workplace.pNumber),
        row("field.address", `${s.workplace.address}, ${s.workplace.postcode} ${s.workplace.city}`),
      ],
    },
    s.contact
      ? { heading: t("agreement.section.contact"), rows: [row("field.name", s.contact.name), row("field.email", s.contact.email), row("field.phone", s.contact.phone ?? "")] }
      : { heading: t("agreement.section.contact"), paragraphs: [t("agreement.noContact")] },
    { heading: t("agreement.section.representative"), rows: rep },
    ...(s.meter
      ? [
          {
            heading: t("agreement.section.meter"),
            rows: [row("agreement.ordinaryFte", n(s.meter.fte)), row("agreement.cap", n(s.meter.capacity)), row("agreement.used", n(s.meter.used)), row("agreement.atTarget", n(s.meter.atTarget))],
            paragraphs: [t("meter.explain")],
          },
        ]
      : []),
    {
      heading: t("agreement.section.placement"),
      rows: [
        row("agreement.citizen", s.alias),
        ...(s.targetGroup ? [row("agreement.targetGroup", t(`targetGroup.${s.targetGroup}` as MessageKey))] : []),
        row("agreement.kind", t(`slotKind.${s.kind}`)),
        row("agreement.start", day(s.startDate)),
        row("agreement.end", day(s.plannedEndDate)),
        row("agreement.weeks", String(s.weeks)),
        row("agreement.startHours", n(s.startHours)),
        row("agreement.targetHours", n(s.targetHours)),
        row("agreement.hoursPlan", hoursPlanText(locale, s, s.weeks)),
        row("agreement.workingDays", formatList(locale, s.workingDays.map((d) => t(`weekdayInText.${d}`)))),
        row("agreement.workingTimes", t("agreement.workingTimesValue", { from: s.dayStart, to: s.dayEnd })),
      ],
    },
    s.tasks.length
      ? { heading: t("agreement.section.tasks"), rows: s.tasks.map((task) => ({ label: task.title, value: task.description ?? "" })) }
      : { heading: t("agreement.section.tasks"), paragraphs: [t("agreement.noTasks")] },
    {
      heading: t("agreement.section.purpose"),
      rows: [
        ...(s.purposeKind ? [row("agreement.purposeKind", t(`slotPurpose.${s.purposeKind}`))] : []),
        row("agreement.purposeDescription", s.purpose),
        ...(s.goals.length ? [row("agreement.goals", s.goals.map((g, i) => `${i + 1}. ${g}`).join("\n"))] : []),
      ],
    },
    { heading: t("agreement.section.mentor"), rows: [row("field.name", s.mentor.name), row("field.email", s.mentor.email)] },
    ...(s.kind === "loentilskud"
      ? [{ heading: t("agreement.section.wage"), rows: [row("agreement.wageCost", s.monthlyWageCost !== null ? t("agreement.wageCostValue", { amount: formatKroner(locale, s.monthlyWageCost) }) : t("agreement.wageCostMissing"))] }]
      : []),
  ];

  return {
    lang: locale === "da" ? "da-DK" : "en-GB",
    title: t("agreement.title", { alias: s.alias, title: s.slotTitle }),
    subtitle: t("agreement.subtitle", { company: s.company.name, cvr: s.company.cvr, kind: t(`slotKind.${s.kind}`) }),
    sections,
    footer: t("agreement.footer", { date: formatDate(locale, now) }),
    pageLabel: t("agreement.page"),
  };
}

export function renderAgreementPdf(s: AgreementSummary, locale: Locale, now: Date): Promise<Buffer> {
  return renderPdf(agreementPdfModel(s, locale, now));
}
