import { DEMO_PASSWORD, DEMO_USERS } from "./demo-data";

export function printDemoLogins(): void {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  console.log(`\nDemo-logins (adgangskode for alle: ${DEMO_PASSWORD})`);
  for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(width)}  ${user.note}`);
  console.log("  Udbakke med links fra e-mails: /dev/outbox\n");
}
