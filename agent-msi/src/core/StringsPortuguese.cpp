// StringsPortuguese: the Portuguese texts of Strings (UTF-8 escapes), one per StringId in its order.
#include "StringTables.h"

namespace adhoc {
namespace strings {

const char* const kPortuguese[kStringCount] = {
    "AdHoc Support",
    "Seu t\xC3\xA9" "cnico de suporte vai se conectar a este computador por um tempo limitado.",
    "C\xC3\xB3" "digo de seguran\xC3\xA7" "a:",
    "Link do e-mail:",
    "Ativar",
    "Encerrar sess\xC3\xA3o e remover",
    "Encerrar agora a sess\xC3\xA3o de suporte e remover o AdHoc Support deste computador?",
    "Conectando ao servi\xC3\xA7o AdHoc Support...",
    "Digite o c\xC3\xB3" "digo de seguran\xC3\xA7" "a informado pelo seu t\xC3\xA9" "cnico e clique em Ativar.",
    "Ativando...",
    "Sess\xC3\xA3o de suporte ativa com %1 at\xC3\xA9 %2.",
    "Um t\xC3\xA9" "cnico est\xC3\xA1 conectado a este computador agora.",
    "Esta conex\xC3\xA3o est\xC3\xA1 sendo gravada.",
    "N\xC3\xA3o \xC3\xA9 poss\xC3\xADvel acessar o servidor no momento; a sess\xC3\xA3o continua ativa.",
    "A sess\xC3\xA3o de suporte foi encerrada. O AdHoc Support est\xC3\xA1 sendo removido.",
    "H\xC3\xA1 um software host instalado neste computador",
    "Cole o link do e-mail (ele cont\xC3\xA9m /d/) junto com o c\xC3\xB3" "digo de seguran\xC3\xA7" "a.",
    "Digite o c\xC3\xB3" "digo de seguran\xC3\xA7" "a.",
    "A conex\xC3\xA3o foi perdida durante a ativa\xC3\xA7\xC3\xA3o. Digite o c\xC3\xB3" "digo novamente.",
    "N\xC3\xA3o foi poss\xC3\xADvel criar a conta de suporte neste computador.",
    "Aguarde: a etapa anterior ainda est\xC3\xA1 em andamento.",
    "(ainda n\xC3\xA3o \xC3\xA9 poss\xC3\xADvel acessar o servidor de suporte, tentando novamente)",
    "N\xC3\xA3o \xC3\xA9 poss\xC3\xADvel verificar a identidade do servidor de suporte, por isso este computador "
        "n\xC3\xA3o se conecta a ele. Avise seu t\xC3\xA9" "cnico de suporte.",
    "Uma sess\xC3\xA3o anterior ainda n\xC3\xA3o foi totalmente encerrada: ela continua ativa com %1.",
    "A sess\xC3\xA3o de suporte n\xC3\xA3o foi iniciada. Esta inst\xC3\xA2ncia da sess\xC3\xA3o de suporte expirou. "
        "Informe esta mensagem ao seu t\xC3\xA9" "cnico de suporte.",
    "C\xC3\xB3" "digo de seguran\xC3\xA7" "a inv\xC3\xA1lido",
    "A pol\xC3\xADtica de grupo pode ter impedido o in\xC3\xAD" "cio da sess\xC3\xA3o",
    "Muitas tentativas a partir desta rede. Tente novamente em %1 minutos.",
    "N\xC3\xA3o foi poss\xC3\xADvel iniciar a sess\xC3\xA3o de suporte (%1).",
    "Chat com %1 - AdHoc Support",
    "Enviar",
    "Voc\xC3\xAA",
};

}  // namespace strings
}  // namespace adhoc
