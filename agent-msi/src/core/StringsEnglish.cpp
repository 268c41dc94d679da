// StringsEnglish: the English texts of Strings (UTF-8 escapes), one per StringId in its order.
#include "StringTables.h"

namespace adhoc {
namespace strings {

const char* const kEnglish[kStringCount] = {
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
    "This connection is being recorded.",
    "The server cannot be reached right now; the session stays active.",
    "The support session has ended. AdHoc Support is being removed.",
    "Host software is installed on this computer",
    "Paste the link from the e-mail (it contains /d/) together with the security code.",
    "Type the security code.",
    "The connection was lost during activation. Type the code again.",
    "The support account could not be created on this computer.",
    "Please wait: the previous step is still in progress.",
    "(cannot reach the support server yet, retrying)",
    "The identity of the support server cannot be verified, so this computer does not connect"
        " to it. Tell your support technician.",
    "A previous session has not yet been fully closed: it is still active with %1.",
    "Support session did not start. This support session instance has expired. Inform your "
        "support technician of this message.",
    "Invalid security code",
    "Group policy may have prevented the session from starting",
    "Too many attempts from this network. Try again in %1 minutes.",
    "The support session could not be started (%1).",
    "Chat with %1 - AdHoc Support",
    "Send",
    "You",
};

}  // namespace strings
}  // namespace adhoc
