import { useT } from "~/i18n/use-t";

export function PageFooter() {
  const t = useT();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-6 footer-col">
              <h2 className="h5">Fodfæste</h2>
              <p>{t("footer.about")}</p>
            </div>
            <div className="col-12 col-md-6 footer-col">
              <h2 className="h5">{t("footer.linksHeading")}</h2>
              <ul className="unstyled-list">
                <li>
                  <a className="function-link" href="/accessibility">
                    {t("footer.accessibility")}
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
