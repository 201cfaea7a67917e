import { candidates, consents, proposals } from "~/db/schema";
import { TARGET_GROUPS } from "~/domain/candidates/schema";
import { AGE_BANDS } from "~/domain/candidates/vocabulary";
import { isExistingCasesOnly } from "~/domain/candidates/schema";
import { addMonths } from "~/domain/candidates/consent";
import { INDUSTRIES } from "~/domain/companies/schema";
import { DECLINE_REASONS, type ProposalStatus } from "~/domain/proposals/schema";
import { inserter } from "./bulk-insert";
import { count, DAY, isoDay, type Stage } from "./generation";
import { portion } from "./sizes";

const NEW_CASE_GROUPS = TARGET_GROUPS.filter((group) => !isExistingCasesOnly(group));

/**
 * Candidate profiles (never a CPR number or a diagnosis, as the form enforces), four in five
 * with a current consent to share with any company, held by one of the jobcentre's consultants.
 */
export const candidateProfiles: Stage = {
  name: "candidates and consents",
  run(g) {
    const add = inserter(g.sqlite, candidates);
    const addConsent = inserter(g.sqlite, consents);
    let n = 0;
    g.jobcentres.forEach((jc, j) => {
      const consented: number[] = [];
      for (let k = 0; k < portion(g.sizes.candidates, g.jobcentres.length, j, g.sizes.bigCity); k++, n++) {
        const updatedAt = new Date(g.now.getTime() - g.rng.int(0, 500) * DAY);
        const hoursNow = g.rng.int(4, 20);
        const responsible = jc.consultantIds[k % jc.consultantIds.length]!;
        const ageBand = g.rng.pick(AGE_BANDS);
        const targetGroup = g.rng.pick(NEW_CASE_GROUPS);
        const id = add({
          jobcentreId: jc.id,
          responsibleUserId: responsible,
          alias: `Kandidat ${n + 1}`,
          ageBand,
          postcode: g.rng.pick(jc.postcodes).postcode,
          targetGroup,
          languages: [{ language: "da", level: g.rng.pick(["basic", "good", "fluent"] as const) }],
          experienceIndustries: [],
          strengths: "Mødestabil og god til faste rutiner",
          wishIndustries: [g.rng.pick(INDUSTRIES)],
          wishTasks: [],
          hoursNow,
          goalHours: g.rng.int(hoursNow, 37),
          days: ["mon", "tue", "wed", "thu", "fri"],
          transport: ["bike", "public"],
          maxTravelKm: g.rng.int(5, 30),
          supportNeeds: [],
          mentorStyles: ["calm"],
          createdAt: updatedAt,
          updatedAt,
        });
        count(g, "candidates");
        if (k % 5 !== 4) {
          const givenOn = g.now.getTime() - g.rng.int(1, 200) * DAY;
          const consent = { givenOn: isoDay(givenOn), expiresOn: addMonths(isoDay(givenOn), 12) };
          g.candidateRefs.set(id, { id, targetGroup, ageBand, responsibleUserId: responsible, ...consent });
          addConsent({
            candidateId: id,
            ...consent,
            method: "digital",
            scope: "any",
            sections: ["basic"],
            recordedByUserId: responsible,
            createdAt: new Date(givenOn),
          });
          count(g, "consents");
          consented.push(id);
        }
      }
      g.consentedCandidates.set(jc.id, consented);
    });
  },
};

const STATUS_CYCLE: ProposalStatus[] = ["proposed", "proposed", "proposed", "proposed", "meeting_planned", "meeting_planned", "declined", "declined", "declined", "withdrawn"];

/** Proposals of consented candidates to open slots of their own jobcentre, each pair once. */
export const candidateProposals: Stage = {
  name: "proposals",
  run(g) {
    const add = inserter(g.sqlite, proposals);
    g.jobcentres.forEach((jc, j) => {
      const people = g.consentedCandidates.get(jc.id) ?? [];
      const open = g.openSlots.get(jc.id) ?? [];
      if (people.length === 0 || open.length === 0) return;
      // Candidate k % people, slot shifted by one for each round over the candidates: no pair twice.
      const max = Math.min(portion(g.sizes.proposals, g.jobcentres.length, j, g.sizes.bigCity), people.length * open.length);
      for (let k = 0; k < max; k++) {
        const candidateId = people[k % people.length]!;
        const slot = open[(k + Math.floor(k / people.length)) % open.length]!;
        const status = STATUS_CYCLE[k % STATUS_CYCLE.length]!;
        const proposedAt = g.now.getTime() - g.rng.int(1, 90) * DAY;
        const answered = status === "meeting_planned" || status === "declined";
        const closed = status === "declined" || status === "withdrawn";
        add({
          candidateId,
          slotId: slot.id,
          companyId: slot.companyId,
          jobcentreId: jc.id,
          status,
          motivation: "Kandidaten ønsker faste rutiner og har erfaring fra lignende opgaver.",
          fitLines: [],
          proposedByUserId: jc.consultantIds[k % jc.consultantIds.length]!,
          proposedAt: new Date(proposedAt),
          meetingDate: status === "meeting_planned" ? isoDay(g.now.getTime() + g.rng.int(2, 20) * DAY) : null,
          meetingTime: status === "meeting_planned" ? "10:00" : null,
          meetingPlace: status === "meeting_planned" ? "På arbejdsstedet" : null,
          meetingProposedBy: status === "meeting_planned" ? "company" : null,
          declineReason: status === "declined" ? g.rng.pick(DECLINE_REASONS.filter((r) => r !== "other")) : null,
          withdrawalReason: status === "withdrawn" ? "consultant" : null,
          answeredAt: answered ? new Date(proposedAt + DAY) : null,
          closedAt: closed ? new Date(proposedAt + 2 * DAY) : null,
          createdAt: new Date(proposedAt),
          updatedAt: new Date(proposedAt + (closed ? 2 : answered ? 1 : 0) * DAY),
        });
        count(g, "proposals");
      }
    });
  },
};
