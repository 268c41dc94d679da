// StringsGerman: the German texts of Strings (UTF-8 escapes), one per StringId in its order.
#include "StringTables.h"

namespace adhoc {
namespace strings {

const char* const kGerman[kStringCount] = {
    "AdHoc Support",
    "Ihr Support-Techniker verbindet sich f\xC3\xBCr begrenzte Zeit mit diesem Computer.",
    "Sicherheitscode:",
    "Link aus der E-Mail:",
    "Aktivieren",
    "Sitzung beenden und entfernen",
    "Die Support-Sitzung jetzt beenden und AdHoc Support von diesem Computer entfernen?",
    "Verbindung zum Dienst AdHoc Support wird hergestellt...",
    "Geben Sie den Sicherheitscode ein, den Ihnen Ihr Techniker mitgeteilt hat, und klicken "
        "Sie dann auf Aktivieren.",
    "Wird aktiviert...",
    "Support-Sitzung mit %1 aktiv bis %2.",
    "Ein Techniker ist jetzt mit diesem Computer verbunden.",
    "Diese Verbindung wird aufgezeichnet.",
    "Der Server ist im Moment nicht erreichbar; die Sitzung bleibt aktiv.",
    "Die Support-Sitzung ist beendet. AdHoc Support wird entfernt.",
    "Auf diesem Computer ist Host-Software installiert",
    "F\xC3\xBCgen Sie den Link aus der E-Mail (er enth\xC3\xA4lt /d/) zusammen mit dem Sicherheitscode ein.",
    "Geben Sie den Sicherheitscode ein.",
    "Die Verbindung wurde w\xC3\xA4hrend der Aktivierung unterbrochen. Geben Sie den Code erneut "
        "ein.",
    "Das Support-Konto konnte auf diesem Computer nicht erstellt werden.",
    "Bitte warten: Der vorherige Schritt l\xC3\xA4uft noch.",
    "(Support-Server noch nicht erreichbar, neuer Versuch)",
    "Die Identit\xC3\xA4t des Support-Servers kann nicht \xC3\xBC" "berpr\xC3\xBC" "ft werden, daher verbindet sich "
        "dieser Computer nicht mit ihm. Informieren Sie Ihren Support-Techniker.",
    "Eine vorherige Sitzung wurde noch nicht vollst\xC3\xA4ndig geschlossen: Sie ist noch mit %1 "
        "aktiv.",
    "Die Support-Sitzung wurde nicht gestartet. Diese Instanz der Support-Sitzung ist "
        "abgelaufen. Teilen Sie Ihrem Support-Techniker diese Meldung mit.",
    "Ung\xC3\xBCltiger Sicherheitscode",
    "M\xC3\xB6glicherweise hat eine Gruppenrichtlinie den Start der Sitzung verhindert",
    "Zu viele Versuche aus diesem Netzwerk. Versuchen Sie es in %1 Minuten erneut.",
    "Die Support-Sitzung konnte nicht gestartet werden (%1).",
    "Chat mit %1 - AdHoc Support",
    "Senden",
    "Sie",
};

}  // namespace strings
}  // namespace adhoc
