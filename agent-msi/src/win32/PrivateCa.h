// PrivateCa: the operator's own certificate authority (the MSI property SERVERCA, base64
// DER or PEM, kept in HKLM\SOFTWARE\AdHocSupport\ServerCa). When one is configured, the
// server's certificate must chain up to exactly that CA and name the server's host; the
// Windows root store is then not consulted, so a public CA cannot stand in for it.
#pragma once

#include <windows.h>
#include <wincrypt.h>
#include <winhttp.h>

#include <string>

#include "Handle.h"

namespace adhoc::win32 {

class PrivateCa {
public:
    // Decodes `text`; an empty text (or only spaces) means "no private CA": the system's
    // trusted roots decide, as WinHTTP does by default. False (with `error`) when the text
    // is not a certificate.
    static bool parse(const std::string& text, PrivateCa& out, std::string& error);

    bool configured() const { return ca_.valid(); }

    // Before sending: lets WinHTTP accept a root it does not know (verify() decides).
    bool prepare(HINTERNET request, std::string& error) const;
    // After the TLS handshake, before anything is trusted to the connection.
    bool verify(HINTERNET request, const std::wstring& host, std::string& error) const;

private:
    UniqueCertificate ca_;
};

}  // namespace adhoc::win32
