// StringsSpanish: the Spanish texts of Strings (UTF-8 escapes), one per StringId in its order.
#include "StringTables.h"

namespace adhoc {
namespace strings {

const char* const kSpanish[kStringCount] = {
    "AdHoc Support",
    "Su t\xC3\xA9" "cnico de soporte se conectar\xC3\xA1 a este equipo durante un tiempo limitado.",
    "C\xC3\xB3" "digo de seguridad:",
    "Enlace del correo electr\xC3\xB3nico:",
    "Activar",
    "Finalizar sesi\xC3\xB3n y quitar",
    "\xC2\xBF" "Desea finalizar ahora la sesi\xC3\xB3n de soporte y quitar AdHoc Support de este equipo?",
    "Conectando con el servicio AdHoc Support...",
    "Escriba el c\xC3\xB3" "digo de seguridad que le proporcion\xC3\xB3 su t\xC3\xA9" "cnico y haga clic en Activar.",
    "Activando...",
    "Sesi\xC3\xB3n de soporte activa con %1 hasta el %2.",
    "Ahora hay un t\xC3\xA9" "cnico conectado a este equipo.",
    "Esta conexi\xC3\xB3n se est\xC3\xA1 grabando.",
    "No se puede acceder al servidor en este momento; la sesi\xC3\xB3n sigue activa.",
    "La sesi\xC3\xB3n de soporte ha finalizado. Se est\xC3\xA1 quitando AdHoc Support.",
    "Hay software host instalado en este equipo",
    "Pegue el enlace del correo electr\xC3\xB3nico (contiene /d/) junto con el c\xC3\xB3" "digo de seguridad.",
    "Escriba el c\xC3\xB3" "digo de seguridad.",
    "Se perdi\xC3\xB3 la conexi\xC3\xB3n durante la activaci\xC3\xB3n. Vuelva a escribir el c\xC3\xB3" "digo.",
    "No se pudo crear la cuenta de soporte en este equipo.",
    "Espere: el paso anterior todav\xC3\xAD" "a est\xC3\xA1 en curso.",
    "(a\xC3\xBAn no se puede acceder al servidor de soporte, reintentando)",
    "No se puede verificar la identidad del servidor de soporte, por lo que este equipo no se"
        " conecta a \xC3\xA9l. Avise a su t\xC3\xA9" "cnico de soporte.",
    "Una sesi\xC3\xB3n anterior a\xC3\xBAn no se ha cerrado por completo: sigue activa con %1.",
    "La sesi\xC3\xB3n de soporte no se inici\xC3\xB3. Esta instancia de sesi\xC3\xB3n de soporte ha caducado. "
        "Comunique este mensaje a su t\xC3\xA9" "cnico de soporte.",
    "C\xC3\xB3" "digo de seguridad no v\xC3\xA1lido",
    "Es posible que una directiva de grupo haya impedido el inicio de la sesi\xC3\xB3n",
    "Demasiados intentos desde esta red. Vuelva a intentarlo dentro de %1 minutos.",
    "No se pudo iniciar la sesi\xC3\xB3n de soporte (%1).",
    "Chat con %1 - AdHoc Support",
    "Enviar",
    "Usted",
};

}  // namespace strings
}  // namespace adhoc
