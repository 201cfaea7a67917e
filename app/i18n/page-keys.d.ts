/** The build's scan of which message keys each page writes (key-usage.ts, decision 043). */
declare module "virtual:page-keys" {
  import type { PageKeys } from "~/i18n/key-usage";
  const pageKeys: PageKeys;
  export default pageKeys;
}
