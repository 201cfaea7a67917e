import type { ContactCard } from "~/domain/jobcentres/schema";
import { formatDanishPhone, phoneHref } from "~/domain/shared/phone-format";
import { useT } from "~/i18n/use-t";

/** Who a company calls or writes to at its jobcentre. Said plainly when the card is not filled in yet. */
export function JobcentreContactCard({ card, headingLevel = 2 }: { card: ContactCard; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="contact-card" aria-labelledby="jobcentre-contact-heading">
      <Heading id="jobcentre-contact-heading" className="h3">
        {t("contactCard.heading", { jobcentre: card.jobcentreName })}
      </Heading>
      {card.contactName ? (
        <dl className="summary-list">
          <dt>{t("contactCard.person")}</dt>
          <dd>{card.contactName}</dd>
          {card.contactPhone ? (
            <>
              <dt>{t("field.phone")}</dt>
              <dd>
                <a href={phoneHref(card.contactPhone)}>{formatDanishPhone(card.contactPhone)}</a>
              </dd>
            </>
          ) : null}
          {card.contactEmail ? (
            <>
              <dt>{t("field.email")}</dt>
              <dd>
                <a href={`mailto:${card.contactEmail}`}>{card.contactEmail}</a>
              </dd>
            </>
          ) : null}
          {card.address ? (
            <>
              <dt>{t("field.address")}</dt>
              <dd>
                {card.address}, {card.postcode} {card.city}
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t("contactCard.notYet")}</p>
      )}
    </section>
  );
}
