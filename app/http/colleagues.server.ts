import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { z } from "zod";
import type { Ctx } from "~/domain/actor";
import { changeColleagueRole, inviteColleague, resendInvitation, revokeInvitation, setColleagueActive } from "~/domain/users/commands.server";
import { emailField } from "~/domain/users/passwords";
import { assignableRoles, colleaguePolicy, defaultInviteRole, mayAssignTeams } from "~/domain/users/policy";
import { jobcentreTeams, setStaffTeam } from "~/domain/users/teams.server";
import { listColleagues } from "~/domain/users/queries.server";
import { ROLES } from "~/domain/users/schema";
import { requiredText } from "~/domain/shared/fields";
import { localeFromRequest } from "~/i18n/locale.server";
import { publicUrl } from "~/mail/mailer.server";
import { handleDomainError, invalidForm, parseForm } from "./forms.server";

const roleField = z.enum(ROLES, { errorMap: () => ({ message: "error.role.required" }) });
const userIdField = z.coerce.number().int().positive();
const inviteInput = z.object({ name: requiredText({ message: "error.invite.name", min: 2, max: 120 }), email: emailField, role: roleField });

/** Loader data shared by the company's colleagues page and the jobcentre's staff page. */
export function colleaguesData(ctx: Ctx) {
  const { members, pending } = listColleagues(ctx);
  // Teams are the jobcentre's (decision 033): a company's people have none.
  const staff = ctx.actor.jobcentreId != null;
  return {
    members: members.map(({ team, ...m }) => (staff ? { ...m, team } : m)),
    teams: staff ? { names: jobcentreTeams(ctx), assign: mayAssignTeams(ctx.actor) } : null,
    pending,
    roles: assignableRoles(ctx.actor),
    defaultRole: defaultInviteRole(ctx.actor),
    myId: ctx.actor.userId,
    can: colleaguePolicy(ctx.actor),
  };
}

/** invite | resend | revoke | role | team | deactivate | reactivate, each one use-case; the page reloads after each. */
export async function colleaguesAction(ctx: Ctx, args: ActionFunctionArgs, path: string) {
  const formData = await readFormData(args.request);
  const intent = formData.get("intent");
  try {
    if (intent === "invite") {
      const parsed = parseForm(inviteInput, formData);
      if (!parsed.ok) return invalidForm(parsed);
      inviteColleague(ctx, {
        ...parsed.data,
        locale: localeFromRequest(args.request),
        link: (token) => publicUrl(args.context, `/invitation/${token}`),
      });
      return redirect(`${path}?invited=1`);
    }
    if (intent === "resend" || intent === "revoke") {
      const parsed = parseForm(z.object({ invitationId: userIdField }), formData);
      if (!parsed.ok) return invalidForm(parsed);
      if (intent === "revoke") revokeInvitation(ctx, parsed.data);
      else resendInvitation(ctx, { ...parsed.data, locale: localeFromRequest(args.request), link: (token) => publicUrl(args.context, `/invitation/${token}`) });
      return redirect(`${path}?invitation=${intent === "revoke" ? "revoked" : "resent"}`);
    }
    if (intent === "role") {
      const parsed = parseForm(z.object({ userId: userIdField, role: roleField }), formData);
      if (!parsed.ok) return invalidForm(parsed);
      changeColleagueRole(ctx, parsed.data);
      return redirect(`${path}?saved=1`);
    }
    if (intent === "team") {
      const parsed = parseForm(z.object({ userId: userIdField, team: z.string().optional() }), formData);
      if (!parsed.ok) return invalidForm(parsed);
      setStaffTeam(ctx, { userId: parsed.data.userId, team: parsed.data.team ?? null });
      return redirect(`${path}?saved=1`);
    }
    if (intent === "deactivate" || intent === "reactivate") {
      const parsed = parseForm(z.object({ userId: userIdField }), formData);
      if (!parsed.ok) return invalidForm(parsed);
      setColleagueActive(ctx, { userId: parsed.data.userId, active: intent === "reactivate" });
      return redirect(`${path}?saved=1`);
    }
    throw new Response("Bad Request", { status: 400 });
  } catch (error) {
    return handleDomainError(error, formData);
  }
}
