// StringsItalian: the Italian texts of Strings (UTF-8 escapes), one per StringId in its order.
#include "StringTables.h"

namespace adhoc {
namespace strings {

const char* const kItalian[kStringCount] = {
    "AdHoc Support",
    "Il tuo tecnico di assistenza si collegher\xC3\xA0 a questo computer per un tempo limitato.",
    "Codice di sicurezza:",
    "Link dall'e-mail:",
    "Attiva",
    "Termina sessione e rimuovi",
    "Terminare ora la sessione di assistenza e rimuovere AdHoc Support da questo computer?",
    "Connessione al servizio AdHoc Support...",
    "Digita il codice di sicurezza fornito dal tecnico, poi fai clic su Attiva.",
    "Attivazione in corso...",
    "Sessione di assistenza attiva con %1 fino al %2.",
    "Un tecnico \xC3\xA8 collegato ora a questo computer.",
    "Questa connessione viene registrata.",
    "Il server non \xC3\xA8 raggiungibile al momento; la sessione resta attiva.",
    "La sessione di assistenza \xC3\xA8 terminata. AdHoc Support viene rimosso.",
    "Su questo computer \xC3\xA8 installato il software host",
    "Incolla il link dall'e-mail (contiene /d/) insieme al codice di sicurezza.",
    "Digita il codice di sicurezza.",
    "La connessione si \xC3\xA8 interrotta durante l'attivazione. Digita di nuovo il codice.",
    "Non \xC3\xA8 stato possibile creare l'account di assistenza su questo computer.",
    "Attendi: il passaggio precedente \xC3\xA8 ancora in corso.",
    "(server di assistenza non ancora raggiungibile, nuovo tentativo)",
    "Non \xC3\xA8 possibile verificare l'identit\xC3\xA0 del server di assistenza, quindi questo computer "
        "non vi si collega. Avvisa il tuo tecnico di assistenza.",
    "Una sessione precedente non \xC3\xA8 ancora stata chiusa del tutto: \xC3\xA8 ancora attiva con %1.",
    "La sessione di assistenza non \xC3\xA8 stata avviata. Questa istanza della sessione di "
        "assistenza \xC3\xA8 scaduta. Comunica questo messaggio al tecnico dell'assistenza.",
    "Codice di sicurezza non valido",
    "I criteri di gruppo potrebbero aver impedito l'avvio della sessione",
    "Troppi tentativi da questa rete. Riprova tra %1 minuti.",
    "Non \xC3\xA8 stato possibile avviare la sessione di assistenza (%1).",
    "Chat con %1 - AdHoc Support",
    "Invia",
    "Tu",
};

}  // namespace strings
}  // namespace adhoc
