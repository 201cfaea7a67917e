/**
 * The message catalogue, split per area: each area keeps its Danish (the source of truth) and
 * English messages in app/i18n/<area>/da.ts and en.ts. Add a new area here. A key lives in one
 * area only (catalogue.test.ts checks it), so pages can later be sent only the areas they use.
 */
import type { Locale } from "./locales";
import type { Message } from "./message";
import { da as auditDa } from "./audit/da";
import { en as auditEn } from "./audit/en";
import { da as authDa } from "./auth/da";
import { en as authEn } from "./auth/en";
import { da as commonDa } from "./common/da";
import { en as commonEn } from "./common/en";
import { da as companyDa } from "./company/da";
import { en as companyEn } from "./company/en";
import { da as jobcentreDa } from "./jobcentre/da";
import { en as jobcentreEn } from "./jobcentre/en";
import { da as mailDa } from "./mail/da";
import { en as mailEn } from "./mail/en";
import { da as notificationsDa } from "./notifications/da";
import { en as notificationsEn } from "./notifications/en";
import { da as publicDa } from "./public/da";
import { en as publicEn } from "./public/en";
import { da as slotsDa } from "./slots/da";
import { en as slotsEn } from "./slots/en";
import { da as candidatesDa } from "./candidates/da";
import { en as candidatesEn } from "./candidates/en";
import { da as privacyDa } from "./privacy/da";
import { en as privacyEn } from "./privacy/en";
import { da as proposalsDa } from "./proposals/da";
import { en as proposalsEn } from "./proposals/en";
import { da as placementsDa } from "./placements/da";
import { en as placementsEn } from "./placements/en";
import { da as endingsDa } from "./endings/da";
import { en as endingsEn } from "./endings/en";
import { da as tasksDa } from "./tasks/da";
import { en as tasksEn } from "./tasks/en";
import { da as progressDa } from "./progress/da";
import { en as progressEn } from "./progress/en";
import { da as dashboardDa } from "./dashboard/da";
import { en as dashboardEn } from "./dashboard/en";

export const AREAS = {
  common: { da: commonDa, en: commonEn },
  public: { da: publicDa, en: publicEn },
  auth: { da: authDa, en: authEn },
  company: { da: companyDa, en: companyEn },
  jobcentre: { da: jobcentreDa, en: jobcentreEn },
  audit: { da: auditDa, en: auditEn },
  tasks: { da: tasksDa, en: tasksEn },
  slots: { da: slotsDa, en: slotsEn },
  mail: { da: mailDa, en: mailEn },
  notifications: { da: notificationsDa, en: notificationsEn },
  candidates: { da: candidatesDa, en: candidatesEn },
  privacy: { da: privacyDa, en: privacyEn },
  proposals: { da: proposalsDa, en: proposalsEn },
  placements: { da: placementsDa, en: placementsEn },
  progress: { da: progressDa, en: progressEn },
  endings: { da: endingsDa, en: endingsEn },
  dashboard: { da: dashboardDa, en: dashboardEn },
} as const;

export type Area = keyof typeof AREAS;
export const AREA_NAMES = Object.keys(AREAS) as Area[];

/** Every key of the catalogue: `t()` accepts only these. */
export type MessageKey = { [A in Area]: keyof (typeof AREAS)[A]["da"] }[Area];

function merge(locale: Locale): Record<MessageKey, Message> {
  return Object.assign({}, ...AREA_NAMES.map((a) => AREAS[a][locale])) as Record<MessageKey, Message>;
}

export const CATALOGUES: Record<Locale, Record<MessageKey, Message>> = { da: merge("da"), en: merge("en") };

/** The server has every message; the browser's catalogue (catalogue-browser.ts) takes what the page sends (JSON text). */
export function receiveMessages(_locale: Locale, _messagesText: string): void {}
