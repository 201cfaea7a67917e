import type { Translation } from "../message";
import type { da } from "./da";

export const en: Translation<typeof da> = {
  "home.title": "Help more people get a foothold in the labour market",
  "home.lead": "Fodfæste is where businesses can offer work placements and small jobs to people on the edge of the labour market – working closely with the jobcentre.",
  "home.point1": "Find the tasks that take time away from your skilled staff and that a new colleague could take on.",
  "home.point2": "Create work placements that the jobcentre reviews and shares with all its consultants.",
  "home.point3": "See the candidates the jobcentre suggests, and follow their progress as a mentor.",
  "home.signup": "Register your company",
  "a11y.title": "Accessibility statement",
  "a11y.lead": "Fodfæste should be usable by everyone. This statement describes how the service meets the Danish Act on the accessibility of public sector bodies' websites and mobile applications.",
  "a11y.complianceHeading": "Compliance status",
  "a11y.compliance": "The service is built to meet WCAG 2.1 at level AA. It is based on the Common Design System (Det Fælles Designsystem), which is used by Virk and borger.dk.",
  "a11y.howHeading": "How we make the service accessible",
  "a11y.how1": "Every page is tested automatically for accessibility errors each time the service changes.",
  "a11y.how2": "You can use every function with a keyboard, and the focus is always visible.",
  "a11y.how3": "Form errors are shown next to the field and gathered in a summary at the top, with links to the fields.",
  "a11y.how4": "The forms also work without JavaScript.",
  "a11y.knownHeading": "Known limitations",
  "a11y.known": "We do not know of any content that is not accessible. If you find something, please tell us.",
  "a11y.feedbackHeading": "Tell us about a problem",
  "a11y.feedback": "If you have problems with accessibility, contact your jobcentre. We will reply within 10 working days.",
  "a11y.enforcementHeading": "Complaints",
  "a11y.enforcement": "If you are not happy with our reply, you can complain to the Agency for Digital Government.",
  "a11y.enforcementLink": "Read about web accessibility from the Agency for Digital Government",
  "a11y.updated": "This statement was last updated on {date}.",
  "title.accessibility": "Accessibility statement",
};
