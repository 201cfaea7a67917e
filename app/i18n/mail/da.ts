import type { Catalogue } from "../message";

/** Mails (rendered on the server only) and the development outbox. Danish is the source of truth. */
export const da = {
  "outbox.title": "Udbakke (kun udvikling og demo)",
  "outbox.lead": "Her ses de e-mails, Fodfæste ville have sendt. Siden findes ikke i drift.",
  "outbox.empty": "Der er ingen e-mails endnu.",
  "outbox.to": "Til",
  "mail.reset.subject": "Vælg en ny adgangskode til Fodfæste",
  "mail.reset.body":
    "Hej {name}\n\nDu (eller en anden) har bedt om at nulstille din adgangskode til Fodfæste. Vælg en ny adgangskode her:\n\n{link}\n\nLinket virker i 1 time og kan bruges én gang. Har du ikke bedt om det, kan du se bort fra denne e-mail.\n\nVenlig hilsen\nFodfæste",
  "mail.invite.subject": "Du er inviteret til Fodfæste",
  "mail.invite.body":
    "Hej\n\n{inviter} har inviteret dig til {organisation} i Fodfæste som {role}.\n\nOpret din bruger her:\n\n{link}\n\nLinket virker i 7 dage og kan bruges én gang.\n\nVenlig hilsen\nFodfæste",
  "mail.inviteMentor.subject": "Du er inviteret som mentor i Fodfæste",
  "mail.inviteMentor.body": "Hej {name}\n\n{inviter} har inviteret dig til {organisation} i Fodfæste som mentor.\n\nSom mentor tager du imod en ny kollega, der er i praktik eller ansat med støtte gennem jobcentret. Du viser opgaverne, er den, kollegaen kan spørge, og giver jobcentret en kort tilbagemelding: hver uge de første 4 uger, derefter hver anden uge. Det tager få minutter. Jobcentrets konsulent er med hele vejen, hvis noget skal justeres.\n\nOpret din bruger her:\n\n{link}\n\nLinket virker i 7 dage og kan bruges én gang.\n\nVenlig hilsen\nFodfæste",
  "mail.rep.subject": "Bekræft en praktikplads i Fodfæste",
  "mail.rep.body": "Hej {name}\n\n{company} vil oprette praktikpladsen \"{title}\" og beder dig som medarbejderrepræsentant bekræfte, at betingelserne er opfyldt. Du skal ikke have en bruger.\n\nSe praktikpladsen og svar her:\n\n{link}\n\nLinket virker i {days} dage og kan bruges én gang.\n\nVenlig hilsen\nFodfæste",
  "mail.repConfirmed.subject": "Medarbejderrepræsentanten har bekræftet en praktikplads",
  "mail.repConfirmed.body": "Hej {name}\n\n{rep} har bekræftet praktikpladsen \"{title}\". I kan nu sende den til jobcentret i Fodfæste.\n\nVenlig hilsen\nFodfæste",
  "mail.repDeclined.subject": "Medarbejderrepræsentanten har afvist en praktikplads",
  "mail.repDeclined.body": "Hej {name}\n\n{rep} har afvist praktikpladsen \"{title}\" med denne kommentar:\n\n{comment}\n\nRet praktikpladsen, og send den igen i Fodfæste.\n\nVenlig hilsen\nFodfæste",
  "mail.slotApproved.subject": "En praktikplads er godkendt",
  "mail.slotApproved.body": "Hej {name}\n\nJobcentret har godkendt praktikpladsen \"{title}\". Den står nu på jobcentrets opslagstavle, så alle konsulenter kan finde en kandidat.\n\nVenlig hilsen\nFodfæste",
  "mail.slotChanges.subject": "Jobcentret beder om ændringer i en praktikplads",
  "mail.slotChanges.body": "Hej {name}\n\nJobcentret beder om ændringer i praktikpladsen \"{title}\":\n\n{comment}\n\nRet praktikpladsen, og send den igen i Fodfæste.\n\nVenlig hilsen\nFodfæste",
  "mail.slotRejected.subject": "En praktikplads er afvist",
  "mail.slotRejected.body": "Hej {name}\n\nJobcentret har afvist praktikpladsen \"{title}\" med denne begrundelse:\n\n{comment}\n\nVenlig hilsen\nFodfæste",
  "title.outbox": "Udbakke (udvikling)",
  "mail.signedUp.subject": "En ny virksomhed venter på godkendelse",
  "mail.signedUp.body": "Hej {name}\n\n{company} (CVR {cvr}) har oprettet sig i Fodfæste og valgt jeres jobcenter. Godkend eller afvis virksomheden her:\n\n{link}\n\nVenlig hilsen\nFodfæste",
  "mail.verified.subject": "Jeres virksomhed er godkendt i Fodfæste",
  "mail.verified.body": "Hej {name}\n\nJobcentret har godkendt {company}. I kan nu sende praktikpladser til gennemgang og se de kandidater, jobcentret foreslår.\n\nVenlig hilsen\nFodfæste",
  "mail.rejected.subject": "Jeres virksomhed er ikke godkendt i Fodfæste",
  "mail.rejected.body": "Hej {name}\n\nJobcentret har ikke godkendt {company} med denne begrundelse:\n\n{reason}\n\nKontakt jobcentret, hvis I har spørgsmål.\n\nVenlig hilsen\nFodfæste",
  "mail.inviteExisting.subject": "Du er inviteret i Fodfæste",
  "mail.inviteExisting.body": "Hej\n\n{inviter} har forsøgt at invitere dig til {organisation} i Fodfæste, men du har allerede en bruger. En bruger kan kun høre til én organisation. Tal med {inviter}, hvis du skal skifte organisation, eller log ind som du plejer.\n\nVenlig hilsen\nFodfæste",
} as const satisfies Catalogue;
