// PrivateCa: see PrivateCa.h.
#include "PrivateCa.h"

#include <vector>

#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

std::string trimmed(const std::string& s) {
    std::size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

bool PrivateCa::parse(const std::string& text, PrivateCa& out, std::string& error) {
    std::string value = trimmed(text);
    out.ca_.reset();
    if (value.empty()) return true;
    DWORD size = 0;
    // BASE64_ANY: a PEM block (with its BEGIN/END lines) or bare base64.
    if (!CryptStringToBinaryA(value.c_str(), static_cast<DWORD>(value.size()), CRYPT_STRING_BASE64_ANY, nullptr, &size,
                              nullptr, nullptr)) {
        error = "SERVERCA is not base64 or PEM";
        return false;
    }
    std::vector<BYTE> der(size);
    CryptStringToBinaryA(value.c_str(), static_cast<DWORD>(value.size()), CRYPT_STRING_BASE64_ANY, der.data(), &size,
                         nullptr, nullptr);
    const CERT_CONTEXT* ca = CertCreateCertificateContext(X509_ASN_ENCODING, der.data(), size);
    if (!ca) {
        error = "SERVERCA is not an X.509 certificate: " + TextConvert::errorText(GetLastError());
        return false;
    }
    out.ca_.reset(ca);
    return true;
}

bool PrivateCa::prepare(HINTERNET request, std::string& error) const {
    if (!configured()) return true;
    DWORD flags = SECURITY_FLAG_IGNORE_UNKNOWN_CA;
    if (!WinHttpSetOption(request, WINHTTP_OPTION_SECURITY_FLAGS, &flags, sizeof flags)) {
        error = "WINHTTP_OPTION_SECURITY_FLAGS: " + TextConvert::errorText(GetLastError());
        return false;
    }
    return true;
}

bool PrivateCa::verify(HINTERNET request, const std::wstring& host, std::string& error) const {
    if (!configured()) return true;
    const CERT_CONTEXT* presented = nullptr;
    DWORD size = sizeof presented;
    if (!WinHttpQueryOption(request, WINHTTP_OPTION_SERVER_CERT_CONTEXT, &presented, &size) || !presented) {
        error = "the server presented no certificate";
        return false;
    }
    UniqueCertificate server(presented);
    // The chain is built with the private CA as an extra store: it ends there (untrusted by
    // Windows, which is expected) or somewhere else (refused below).
    UniqueCertStore extra(CertOpenStore(CERT_STORE_PROV_MEMORY, 0, 0, CERT_STORE_CREATE_NEW_FLAG, nullptr));
    if (!extra || !CertAddCertificateContextToStore(extra.get(), ca_.get(), CERT_STORE_ADD_ALWAYS, nullptr)) {
        error = "cannot prepare the certificate check: " + TextConvert::errorText(GetLastError());
        return false;
    }
    CERT_CHAIN_PARA para{};
    para.cbSize = sizeof para;
    const CERT_CHAIN_CONTEXT* built = nullptr;
    if (!CertGetCertificateChain(nullptr, server.get(), nullptr, extra.get(), &para, 0, nullptr, &built)) {
        error = "cannot build the server's certificate chain: " + TextConvert::errorText(GetLastError());
        return false;
    }
    UniqueCertChain chain(built);
    const CERT_SIMPLE_CHAIN* simple = chain.get()->rgpChain[0];
    const CERT_CONTEXT* root = simple->rgpElement[simple->cElement - 1]->pCertContext;
    if (!CertCompareCertificate(X509_ASN_ENCODING, root->pCertInfo, ca_.get()->pCertInfo)) {
        error = "the server's certificate is not issued by the CA given as SERVERCA";
        return false;
    }
    // The name, the dates and the signatures, with an unknown root allowed (it is ours).
    SSL_EXTRA_CERT_CHAIN_POLICY_PARA ssl{};
    ssl.cbSize = sizeof ssl;
    ssl.dwAuthType = AUTHTYPE_SERVER;
    ssl.fdwChecks = SECURITY_FLAG_IGNORE_UNKNOWN_CA;
    ssl.pwszServerName = const_cast<wchar_t*>(host.c_str());
    CERT_CHAIN_POLICY_PARA policy{};
    policy.cbSize = sizeof policy;
    policy.pvExtraPolicyPara = &ssl;
    CERT_CHAIN_POLICY_STATUS status{};
    status.cbSize = sizeof status;
    if (!CertVerifyCertificateChainPolicy(CERT_CHAIN_POLICY_SSL, chain.get(), &policy, &status) || status.dwError != 0) {
        error = "the server's certificate is not valid for " + TextConvert::toUtf8(host) + ": " +
                TextConvert::errorText(status.dwError);
        return false;
    }
    return true;
}

}  // namespace adhoc::win32
