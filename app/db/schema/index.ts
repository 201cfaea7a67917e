export * from "./organisations";
export * from "./users";
export * from "./audit";
export * from "./tasks";
export * from "./slots";
export * from "./jobs";
export * from "./mail-quota";
export * from "./outbox";
