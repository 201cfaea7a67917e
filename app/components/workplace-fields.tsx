import { useT } from "~/i18n/use-t";
import { TextField, type FormState } from "./form";

export interface WorkplaceValues {
  pNumber: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  ordinaryFte: number;
}

/** The workplace fields shared by sign-up and the workplace pages. */
export function WorkplaceFields({
  prefix = "",
  state,
  current,
}: {
  prefix?: string;
  state?: FormState | null;
  current?: WorkplaceValues;
}) {
  const t = useT();
  return (
    <>
      <TextField name={`${prefix}pNumber`} label={t("field.pNumber")} hint={t("hint.pNumber")} inputMode="numeric" className="input-width-m" state={state} defaultValue={current?.pNumber} />
      <TextField name={`${prefix}name`} label={t("field.workplaceName")} hint={t("hint.workplaceName")} state={state} defaultValue={current?.name} />
      <TextField name={`${prefix}address`} label={t("field.address")} autoComplete="street-address" state={state} defaultValue={current?.address} />
      <TextField name={`${prefix}postcode`} label={t("field.postcode")} inputMode="numeric" autoComplete="postal-code" className="input-width-xs" state={state} defaultValue={current?.postcode} />
      <TextField name={`${prefix}city`} label={t("field.city")} autoComplete="address-level2" state={state} defaultValue={current?.city} />
      <TextField
        name={`${prefix}ordinaryFte`}
        label={t("field.ordinaryFte")}
        hint={t("hint.ordinaryFte")}
        inputMode="decimal"
        className="input-width-xs"
        state={state}
        defaultValue={current ? String(current.ordinaryFte).replace(".", ",") : undefined}
      />
    </>
  );
}
