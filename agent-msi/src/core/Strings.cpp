// Strings: see Strings.h.
#include "Strings.h"

namespace adhoc {

namespace {

constexpr int kCount = static_cast<int>(StringId::Count_);

const char* const kEnglish[kCount] = {
    "AdHoc Support",
    "Your support technician will connect to this computer for a limited time.",
    "Security code:",
    "Link from the e-mail:",
    "Activate",
    "End session and remove",
    "End the support session now and remove AdHoc Support from this computer?",
    "Connecting to the AdHoc Support service...",
    "Type the security code your technician gave you, then click Activate.",
    "Activating...",
    "Support session active with %1 until %2.",
    "A technician is connected to this computer now.",
    "The server cannot be reached right now; the session stays active.",
    "The support session has ended. AdHoc Support is being removed.",
    "Host software is installed on this computer",
    "Paste the link from the e-mail (it contains /d/) together with the security code.",
    "Type the security code.",
    "The connection was lost during activation. Type the code again.",
    "The support account could not be created on this computer.",
    "Please wait: the previous step is still in progress.",
    "(cannot reach the support server yet, retrying)",
    "The identity of the support server cannot be verified, so this computer does not connect to it. "
    "Tell your support technician.",
    "Chat with %1 - AdHoc Support",
    "Send",
    "You",
};

const char* const kItalian[kCount] = {
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
    "Sessione di assistenza attiva con %1 fino alle %2.",
    "Un tecnico \xC3\xA8 collegato ora a questo computer.",
    "Il server non \xC3\xA8 raggiungibile al momento; la sessione resta attiva.",
    "La sessione di assistenza \xC3\xA8 terminata. AdHoc Support viene rimosso.",
    "Su questo computer \xC3\xA8 installato il software host",
    "Incolla il link dall'e-mail (contiene /d/) insieme al codice di sicurezza.",
    "Digita il codice di sicurezza.",
    "La connessione si \xC3\xA8 interrotta durante l'attivazione. Digita di nuovo il codice.",
    "Non \xC3\xA8 stato possibile creare l'account di assistenza su questo computer.",
    "Attendi: il passaggio precedente \xC3\xA8 ancora in corso.",
    "(server di assistenza non ancora raggiungibile, nuovo tentativo)",
    "Non \xC3\xA8 possibile verificare l'identit\xC3\xA0 del server di assistenza, quindi questo computer non vi si "
    "collega. Avvisa il tuo tecnico di assistenza.",
    "Chat con %1 - AdHoc Support",
    "Invia",
    "Tu",
};

}  // namespace

Language Strings::fromLangId(unsigned short langId) {
    return (langId & 0x3FF) == 0x10 ? Language::Italian : Language::English;
}

const char* Strings::get(Language language, StringId id) {
    int index = static_cast<int>(id);
    if (index < 0 || index >= kCount) return "";
    return language == Language::Italian ? kItalian[index] : kEnglish[index];
}

std::string Strings::format(const std::string& pattern, const std::string& arg1,
                            const std::string& arg2) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && (pattern[i + 1] == '1' || pattern[i + 1] == '2')) {
            out += pattern[i + 1] == '1' ? arg1 : arg2;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace adhoc
