import type { getTask } from "./queries.server";

type TaskWithWorkplace = ReturnType<typeof getTask>;

/** A task as its page shows it (issue 8.13: a view, never the row). */
export function taskView(task: TaskWithWorkplace) {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    department: task.department,
    workplaceName: task.workplaceName,
    relievedRole: task.relievedRole,
    hoursFreed: task.hoursFreed,
    frequency: task.frequency,
    learningTime: task.learningTime,
    physical: task.physical,
    social: task.social,
    language: task.language,
    pace: task.pace,
    precision: task.precision,
    adaptations: task.adaptations,
    status: task.status,
    updatedAt: task.updatedAt,
    finderOrigin: task.finderOrigin,
  };
}

/** The company's own task page also carries the version its commands are checked against. */
export function companyTaskView(task: TaskWithWorkplace) {
  return { ...taskView(task), version: task.version };
}

/** HR's edit form: the task's values, including the workplace chosen, and its version. */
export function taskFormView(task: TaskWithWorkplace) {
  return { ...companyTaskView(task), workplaceId: task.workplaceId };
}
