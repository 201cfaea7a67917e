import type { ReactNode } from "react";
import { Icon } from "./icon";

/** DKFDS back link: the chevron from the icon sprite before the text. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <a href={href} className="back-link">
        <Icon name="chevron-left" />
        {children}
      </a>
    </p>
  );
}
