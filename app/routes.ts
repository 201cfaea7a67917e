import { index, route, type RouteConfig } from "@remix-run/route-config";

export default [
  index("routes/home.tsx"),
  route("login", "routes/auth/login.tsx"),
  route("logout", "routes/auth/logout.tsx"),
  route("signup", "routes/auth/signup.tsx"),
  route("reset-password", "routes/auth/reset-request.tsx"),
  route("reset-password/:token", "routes/auth/reset-password.tsx"),
  route("invitation/:token", "routes/auth/accept-invitation.tsx"),
  route("account", "routes/account.tsx"),
  route("language", "routes/language.tsx"),
  route("accessibility", "routes/accessibility.tsx"),
  route("dev/outbox", "routes/dev-outbox.tsx"),

  route("company", "routes/company/start.tsx"),
  route("company/profile", "routes/company/profile.tsx"),
  route("company/workplaces", "routes/company/workplaces.tsx"),
  route("company/workplaces/new", "routes/company/workplace-new.tsx"),
  route("company/workplaces/:workplaceId", "routes/company/workplace-edit.tsx"),
  route("company/colleagues", "routes/company/colleagues.tsx"),
  route("company/tasks", "routes/company/tasks/index.tsx"),
  route("company/tasks/new", "routes/company/tasks/new.tsx"),
  route("company/tasks/:taskId", "routes/company/tasks/detail.tsx"),
  route("company/tasks/:taskId/edit", "routes/company/tasks/edit.tsx"),
  route("company/task-finder", "routes/company/task-finder.tsx"),

  route("jobcentre", "routes/jobcentre/start.tsx"),
  route("jobcentre/companies", "routes/jobcentre/companies.tsx"),
  route("jobcentre/companies/:companyId", "routes/jobcentre/company.tsx"),
  route("jobcentre/companies/:companyId/tasks", "routes/jobcentre/company-tasks.tsx"),
  route("jobcentre/companies/:companyId/tasks/:taskId", "routes/jobcentre/company-task.tsx"),
  route("jobcentre/staff", "routes/jobcentre/staff.tsx"),
  route("jobcentre/audit", "routes/jobcentre/audit.tsx"),

  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
