import { formatDanishPhone, phoneHref } from "~/domain/shared/phone-format";
import { useT } from "~/i18n/use-t";

export interface CompanyContact {
  id: number;
  name: string;
  email: string;
  phone: string | null;
}

/** The company's HR people as a consultant needs them: a name, a number to call, an address to write to. */
export function CompanyContacts({ contacts }: { contacts: CompanyContact[] }) {
  const t = useT();
  if (contacts.length === 0) return <p>{t("contacts.none")}</p>;
  return (
    <ul className="contact-list">
      {contacts.map((c) => (
        <li key={c.id}>
          <strong>{c.name}</strong>
          <br />
          {c.phone ? (
            <>
              {t("field.phone")}: <a href={phoneHref(c.phone)}>{formatDanishPhone(c.phone)}</a>
              <br />
            </>
          ) : null}
          {t("field.email")}: <a href={`mailto:${c.email}`}>{c.email}</a>
        </li>
      ))}
    </ul>
  );
}
