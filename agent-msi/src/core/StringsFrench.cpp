// StringsFrench: the French texts of Strings (UTF-8 escapes), one per StringId in its order.
#include "StringTables.h"

namespace adhoc {
namespace strings {

const char* const kFrench[kStringCount] = {
    "AdHoc Support",
    "Votre technicien d'assistance va se connecter \xC3\xA0 cet ordinateur pour une dur\xC3\xA9" "e limit\xC3\xA9" "e.",
    "Code de s\xC3\xA9" "curit\xC3\xA9 :",
    "Lien figurant dans l'e-mail :",
    "Activer",
    "Mettre fin \xC3\xA0 la session et supprimer",
    "Mettre fin maintenant \xC3\xA0 la session d'assistance et supprimer AdHoc Support de cet "
        "ordinateur ?",
    "Connexion au service AdHoc Support...",
    "Saisissez le code de s\xC3\xA9" "curit\xC3\xA9 que votre technicien vous a communiqu\xC3\xA9, puis cliquez sur "
        "Activer.",
    "Activation en cours...",
    "Session d'assistance active avec %1 jusqu'au %2.",
    "Un technicien est actuellement connect\xC3\xA9 \xC3\xA0 cet ordinateur.",
    "Cette connexion est enregistr\xC3\xA9" "e.",
    "Le serveur est injoignable pour le moment ; la session reste active.",
    "La session d'assistance est termin\xC3\xA9" "e. AdHoc Support est en cours de suppression.",
    "Un logiciel h\xC3\xB4te est install\xC3\xA9 sur cet ordinateur",
    "Collez le lien figurant dans l'e-mail (il contient /d/) avec le code de s\xC3\xA9" "curit\xC3\xA9.",
    "Saisissez le code de s\xC3\xA9" "curit\xC3\xA9.",
    "La connexion a \xC3\xA9t\xC3\xA9 perdue pendant l'activation. Saisissez \xC3\xA0 nouveau le code.",
    "Le compte d'assistance n'a pas pu \xC3\xAAtre cr\xC3\xA9\xC3\xA9 sur cet ordinateur.",
    "Veuillez patienter : l'\xC3\xA9tape pr\xC3\xA9" "c\xC3\xA9" "dente est toujours en cours.",
    "(serveur d'assistance pas encore joignable, nouvelle tentative)",
    "L'identit\xC3\xA9 du serveur d'assistance ne peut pas \xC3\xAAtre v\xC3\xA9rifi\xC3\xA9" "e : cet ordinateur ne s'y "
        "connecte donc pas. Pr\xC3\xA9venez votre technicien d'assistance.",
    "Une session pr\xC3\xA9" "c\xC3\xA9" "dente n'a pas encore \xC3\xA9t\xC3\xA9 enti\xC3\xA8rement ferm\xC3\xA9" "e : elle est toujours active "
        "avec %1.",
    "La session d'assistance n'a pas d\xC3\xA9marr\xC3\xA9. Cette instance de session d'assistance a "
        "expir\xC3\xA9. Communiquez ce message \xC3\xA0 votre technicien d'assistance.",
    "Code de s\xC3\xA9" "curit\xC3\xA9 non valide",
    "Une strat\xC3\xA9gie de groupe a peut-\xC3\xAAtre emp\xC3\xAA" "ch\xC3\xA9 le d\xC3\xA9marrage de la session",
    "Trop de tentatives depuis ce r\xC3\xA9seau. R\xC3\xA9" "essayez dans %1 minutes.",
    "La session d'assistance n'a pas pu d\xC3\xA9marrer (%1).",
    "Discussion avec %1 - AdHoc Support",
    "Envoyer",
    "Vous",
};

}  // namespace strings
}  // namespace adhoc
