import type { ReactNode } from "react";

export function Alert({
  kind,
  heading,
  children,
}: {
  kind: "info" | "success" | "warning" | "error";
  heading?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
