import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { getSignedIn } from "~/auth/guards.server";
import { startPathFor } from "~/http/navigation";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = () => [{ title: "Fodfæste" }];

export function loader(args: LoaderFunctionArgs) {
  const signedIn = getSignedIn(args);
  if (signedIn) throw redirect(startPathFor(signedIn.actor.role));
  return null;
}

export default function Home() {
  const t = useT();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("home.title")}</h1>
        <p className="font-lead">{t("home.lead")}</p>
        <ul>
          <li>{t("home.point1")}</li>
          <li>{t("home.point2")}</li>
          <li>{t("home.point3")}</li>
        </ul>
        <div className="button-row">
          <a href="/signup" className="button button-primary">
            {t("home.signup")}
          </a>
          <a href="/login" className="button button-secondary">
            {t("auth.login")}
          </a>
        </div>
      </div>
    </div>
  );
}
