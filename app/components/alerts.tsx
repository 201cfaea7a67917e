import type { ReactNode } from "react";
import { useT } from "~/i18n/use-t";
import { Icon } from "./icon";

export function Alert({
  kind,
  heading,
  children,
}: {
  kind: "info" | "success" | "warning" | "error";
  heading?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {/* The icon says the kind of message to those who cannot tell it from the colour. */}
      <Icon name={kind} className="alert-icon" label={t(`alert.icon.${kind}`)} />
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
