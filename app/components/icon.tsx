import spriteUrl from "dkfds-dist/img/all-svg-icons.svg?url";

/** Names of the DKFDS icons the portal uses (ids in dkfds/dist/img/all-svg-icons.svg). */
export type IconName = "info" | "success" | "warning" | "error" | "chevron-left" | "arrow-back";

/**
 * A DKFDS icon from the design system's sprite, as DKFDS marks it up (`svg.icon-svg > use`).
 * The sprite is a same-origin, hashed asset, so the CSP needs nothing inline; decorative
 * unless given a label.
 */
export function Icon({ name, className, label }: { name: IconName; className?: string; label?: string }) {
  return (
    <svg
      className={`icon-svg${className ? ` ${className}` : ""}`}
      focusable="false"
      aria-hidden={label ? undefined : true}
      role={label ? "img" : undefined}
      aria-label={label}
    >
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
