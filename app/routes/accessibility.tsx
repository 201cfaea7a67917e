import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.accessibility");

export default function Accessibility() {
  const t = useT();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("a11y.title")}</h1>
        <p className="font-lead">{t("a11y.lead")}</p>
        <h2>{t("a11y.complianceHeading")}</h2>
        <p>{t("a11y.compliance")}</p>
        <h2>{t("a11y.howHeading")}</h2>
        <ul>
          <li>{t("a11y.how1")}</li>
          <li>{t("a11y.how2")}</li>
          <li>{t("a11y.how3")}</li>
          <li>{t("a11y.how4")}</li>
        </ul>
        <h2>{t("a11y.knownHeading")}</h2>
        <p>{t("a11y.known")}</p>
        <h2>{t("a11y.feedbackHeading")}</h2>
        <p>{t("a11y.feedback")}</p>
        <h2>{t("a11y.enforcementHeading")}</h2>
        <p>
          {t("a11y.enforcement")}{" "}
          <a className="function-link" href="https://www.digst.dk/digital-inklusion/webtilgaengelighed/">
            {t("a11y.enforcementLink")}
          </a>
        </p>
        <p>{t("a11y.updated", { date: "22. november 2026" })}</p>
      </div>
    </div>
  );
}
