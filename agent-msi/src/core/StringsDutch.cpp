// StringsDutch: the Dutch texts of Strings (UTF-8 escapes), one per StringId in its order.
#include "StringTables.h"

namespace adhoc {
namespace strings {

const char* const kDutch[kStringCount] = {
    "AdHoc Support",
    "Uw ondersteuningstechnicus maakt gedurende beperkte tijd verbinding met deze computer.",
    "Beveiligingscode:",
    "Link uit de e-mail:",
    "Activeren",
    "Sessie be\xC3\xABindigen en verwijderen",
    "De ondersteuningssessie nu be\xC3\xABindigen en AdHoc Support van deze computer verwijderen?",
    "Verbinding maken met de service AdHoc Support...",
    "Voer de beveiligingscode in die u van uw technicus hebt gekregen en klik op Activeren.",
    "Bezig met activeren...",
    "Ondersteuningssessie actief met %1 tot %2.",
    "Er is nu een technicus met deze computer verbonden.",
    "Deze verbinding wordt opgenomen.",
    "De server is op dit moment niet bereikbaar; de sessie blijft actief.",
    "De ondersteuningssessie is be\xC3\xABindigd. AdHoc Support wordt verwijderd.",
    "Er is hostsoftware op deze computer ge\xC3\xAFnstalleerd",
    "Plak de link uit de e-mail (deze bevat /d/) samen met de beveiligingscode.",
    "Voer de beveiligingscode in.",
    "De verbinding is tijdens het activeren verbroken. Voer de code opnieuw in.",
    "Het ondersteuningsaccount kon niet op deze computer worden aangemaakt.",
    "Even geduld: de vorige stap is nog bezig.",
    "(ondersteuningsserver nog niet bereikbaar, nieuwe poging)",
    "De identiteit van de ondersteuningsserver kan niet worden gecontroleerd, daarom maakt "
        "deze computer er geen verbinding mee. Meld dit aan uw ondersteuningstechnicus.",
    "Een vorige sessie is nog niet volledig afgesloten: deze is nog actief met %1.",
    "De ondersteuningssessie is niet gestart. Deze instantie van de ondersteuningssessie is "
        "verlopen. Meld dit bericht aan uw ondersteuningstechnicus.",
    "Ongeldige beveiligingscode",
    "Mogelijk heeft groepsbeleid verhinderd dat de sessie werd gestart",
    "Te veel pogingen vanaf dit netwerk. Probeer het over %1 minuten opnieuw.",
    "De ondersteuningssessie kon niet worden gestart (%1).",
    "Chat met %1 - AdHoc Support",
    "Verzenden",
    "U",
};

}  // namespace strings
}  // namespace adhoc
