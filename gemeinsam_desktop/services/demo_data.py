"""The fixed tables the demo project is made from: names, topics, note templates, reasons.

All of it fictional; ``services.demo`` draws from these with a seeded ``random.Random``.
"""

from __future__ import annotations

# the accounts live apart: the GUI reads the passphrase before SQLAlchemy has loaded
from gemeinsam_desktop.services.demo_accounts import DEMO_COACHES as DEMO_COACHES
from gemeinsam_desktop.services.demo_accounts import DEMO_LEAD_NAME as DEMO_LEAD_NAME
from gemeinsam_desktop.services.demo_accounts import DEMO_PASSPHRASE as DEMO_PASSPHRASE
from gemeinsam_desktop.store.models import LeadStage, ParticipantStatus, PlacementKind

# The sample list has no salutation column; these first names in it are men's names.
MALE_FIRST_NAMES = frozenset(
    {"Marco", "Hüseyin", "Andrzej", "Sergej", "René", "Mehmet", "Jörg", "Björn", "Yusuf"}
)

# -- data tables ------------------------------------------------------------------------
DEMO_PROJECT_NAME = "Gemeinsam in Wetzlar (Demo)"
CONSENT_SCOPE = "Teilnahme, Datenverarbeitung, Weitergabe an JobCenter"
CONSENT_FORM = "2026-01"

S = ParticipantStatus
STATUS_PLAN = ((S.VERMITTELT, 6), (S.ABGEBROCHEN, 3), (S.PAUSIERT, 2), (S.INTERESSIERT, 4))
LATE_ENTRIES = 8
DROPOUT_REASONS = ("Umzug in einen anderen Landkreis", "Gesundheitliche Gründe",
                   "Keine passende Kinderbetreuung gefunden", "Kein Interesse mehr")  # fmt: skip
PAUSE_REASONS = ("Kind längere Zeit krank", "Pflege eines Angehörigen")
CHILD_NAMES = ("Mia", "Elias", "Emilia", "Noah", "Lina", "Yusuf", "Ella", "Leon", "Amira",
               "Ben", "Zoe", "Milan", "Lara", "Emir", "Hanna", "Mats", "Defne", "Jonah")  # fmt: skip
CARE_NOTES = ("Allergie: Nüsse", "schläft mittags", "Laktoseintoleranz",
              "braucht sein Kuscheltier", "spricht Türkisch und Deutsch")  # fmt: skip
WORKSHOP_TOPICS = ("Bewerbungsmappe", "Verdeckter Stellenmarkt: mein Netzwerk",
                   "Vorstellungsgespräch üben", "Kinderbetreuung und Arbeitszeiten",
                   "Digitale Bewerbung", "Rechte und Pflichten im Job", "Stärken entdecken")  # fmt: skip
EXCUSES = ("Kind krank", "Betreuung ausgefallen", "Termin beim JobCenter",
           "Vorstellungsgespräch", "Sonstiges")  # fmt: skip
# Which wish fits which sector is the matching rule's (services/matching.py).
# The fewest weekly hours a job needs per sector (none: not known, "Arbeitszeit klären").
EMPLOYER_MIN_HOURS = {"Metall/Produktion": 35, "Pflege": 20, "Lebensmittelhandwerk": 10,
                      "Lager/Logistik": 20, "Kinderbetreuung": 25, "Gebäudereinigung": 10,
                      "Einzelhandel": 15}  # fmt: skip
LEAD_SOURCE_DETAILS = {"kontakt": ("Nachbarin", "Schwager", "Bekannte aus der Kita"),
                       "teilnehmende": ("aus dem Gruppengespräch", "Tipp einer Teilnehmerin"),
                       "partner": ("Betriebsbesichtigung", "Fragerunde")}  # fmt: skip
NOTE_TEMPLATES = (  # the first one opens every participant's file
    ("einzelcoaching", "Standortbestimmung: {name} möchte im Bereich {wish} arbeiten, max. "
     "{hours} Wochenstunden wegen Kita-Zeiten. Nächster Schritt: Lebenslauf aktualisieren."),
    ("einzelcoaching", "Lebenslauf gemeinsam überarbeitet. Die Lücke seit {since} wird als "
     "Familienzeit dargestellt. {name} wirkt motiviert."),
    ("telefonat", "Telefonat: {name} fragt nach Kinderbetreuung in den Randzeiten. "
     "Infos zum Kita-Notdienst weitergegeben."),
    ("telefonat", "Kurzer Anruf wegen des Termins beim JobCenter; {name} bringt die "
     "Bescheinigung zum nächsten Gruppengespräch mit."),
    ("gruppengespraech", "Im Gruppengespräch hat {name} von eigenen Kontakten im Bereich "
     "{wish} erzählt; zwei Hinweise aufgenommen."),
    ("gruppengespraech", "{name} hat von einem Vorstellungsgespräch berichtet und der Gruppe "
     "Mut gemacht."),
    ("einzelcoaching", "Stärken besprochen: Zuverlässigkeit, Organisationstalent. Ziel: "
     "Bewerbung bei {employer} im Bereich {wish}."),
    ("sonstiges", "Unterlagen für die Bewerbungsmappe kopiert. Termin für ein Bewerbungsfoto "
     "vereinbart."),
    ("einzelcoaching", "Vorstellungsgespräch im Rollenspiel geübt. Sicherer Auftritt; Fragen "
     "zu den Arbeitszeiten (max. {hours} Std.) vorbereiten."),
)  # fmt: skip
AGREEMENTS = (
    ("participant", "Lebenslauf aktualisieren und per E-Mail schicken"),
    ("participant", "Drei Bekannte nach offenen Stellen im Bereich {wish} fragen"),
    ("participant", "Bewerbung bei {employer} abschicken"),
    ("participant", "Beim Jugendamt nach einem Kita-Platz fragen"),
    ("participant", "Termin beim JobCenter wahrnehmen"),
    ("coach", "Praktikumsplatz bei {employer} anfragen"),
    ("coach", "Rückmeldung von {employer} einholen"),
)  # fmt: skip
CONTACT_NAMES = ("Petra Lahnstein", "Markus Beispielhof", "Aylin Demirtest", "Thomas Muster",
                 "Katrin Probst", "Oliver Fiktiv", "Sabine Dillmann", "Murat Kaya-Beispiel",
                 "Julia Westendorf", "Frank Garbenheimer")  # fmt: skip
CONTACT_ROLES = ("Personalleitung", "Ausbildungsleitung", "Inhaberin", "Schichtleitung")
INTERACTIONS = (("telefonat", "Bedarf an Aushilfen und Teilzeitkräften besprochen."),
                ("besuch", "Betrieb besucht, Arbeitszeiten für Eltern besprochen."),
                ("email", "Projektflyer und Profile von Teilnehmenden geschickt."),
                ("fragerunde", "Fragerunde mit Teilnehmenden im Workshop vorbereitet."),
                ("telefonat", "Rückmeldung zu einer Praktikantin eingeholt: sehr zufrieden."))  # fmt: skip
# (interaction kinds are the codes of services.network.INTERACTION_KINDS)
SIZES = ("klein (bis 20)", "mittel (20–250)", "groß (über 250)")
FREE_EMPLOYERS = ("Friseursalon Lahnblick (fiktiv)", "Hotel am Domplatz (fiktiv)",
                  "Autohaus Beispiel Wetzlar", "Café Kornmarkt (fiktiv)",
                  "Seniorenresidenz Musterhaus", "Drogerie Beispielmarkt")  # fmt: skip
L = LeadStage
LEAD_STAGES = ([L.IDEE] * 7 + [L.ANGESPROCHEN] * 7 + [L.BEWORBEN] * 6 + [L.GESPRAECH] * 5
               + [L.PRAKTIKUM] * 3 + [L.ZUSAGE] * 2 + [L.VERWORFEN] * 4)  # fmt: skip
LEAD_SOURCES = ("kontakt", "coach", "partner", "teilnehmende")
DROPPED = ("Arbeitszeiten passen nicht zur Kita", "Stelle bereits vergeben",
           "Führerschein erforderlich", "Arbeitsweg zu weit")  # fmt: skip
PLACEMENT_KINDS = (PlacementKind.SV_TEILZEIT, PlacementKind.SV_VOLLZEIT, PlacementKind.SV_TEILZEIT,
                   PlacementKind.AUSBILDUNG, PlacementKind.MINIJOB, PlacementKind.PRAKTIKUM)  # fmt: skip
PLACEMENT_HOURS = {PlacementKind.SV_VOLLZEIT: 39, PlacementKind.AUSBILDUNG: 30,
                   PlacementKind.MINIJOB: 10, PlacementKind.PRAKTIKUM: 20}  # fmt: skip

LABELS = {"coaches": "Coaches", "participants": "Teilnehmende", "children": "Kinder",
          "consents": "Einwilligungen", "series": "Terminserien", "sessions": "Termine",
          "attendances": "Anwesenheiten", "notes": "Coaching-Notizen",
          "agreements": "Vereinbarungen", "employers": "Arbeitgeber",
          "contacts": "Ansprechpersonen", "interactions": "Arbeitgeberkontakte",
          "leads": "Hinweise", "placements": "Vermittlungen"}  # fmt: skip
