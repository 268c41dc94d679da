// PipeTool: test helper (not shipped in the MSI) that talks to the service's pipe like the
// app does, so scripts can drive the agent without clicking in the window.
//   AdHocPipeTool.exe status      prints the service's status JSON
//   AdHocPipeTool.exe activate    reads the security code (line 1) and optional link
//                                 (line 2) from stdin, never from the command line
//   AdHocPipeTool.exe end         "End session and remove"
//   AdHocPipeTool.exe acl PATH    prints PATH's owner and DACL as SDDL (GetNamedSecurityInfo),
//                                 for the tests of the folders the service secures
// Exit status 0 when the service answered, 1 when it could not be reached.
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "../../src/core/LocalProtocol.h"
#include "../../src/win32/Handle.h"
#include "../../src/win32/PipeClient.h"
#include "../../src/win32/TextConvert.h"

namespace {

int printAcl(const char* path) {
    std::wstring wide = adhoc::win32::TextConvert::toWide(path);
    PSECURITY_DESCRIPTOR sd = nullptr;
    SECURITY_INFORMATION what = OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;
    DWORD rc = GetNamedSecurityInfoW(wide.c_str(), SE_FILE_OBJECT, what, nullptr, nullptr, nullptr, nullptr, &sd);
    if (rc != ERROR_SUCCESS) {
        std::fprintf(stderr, "GetNamedSecurityInfo failed: %lu\n", rc);
        return 1;
    }
    adhoc::win32::UniqueLocal sdOwner(sd);
    wchar_t* text = nullptr;
    if (!ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, what, &text, nullptr)) return 1;
    adhoc::win32::UniqueLocal textOwner(text);
    std::printf("%s\n", adhoc::win32::TextConvert::toUtf8(text).c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace adhoc;
    if (argc < 2) {
        std::fprintf(stderr, "usage: AdHocPipeTool.exe status|activate|end|acl PATH\n");
        return 2;
    }
    if (std::strcmp(argv[1], "acl") == 0 && argc == 3) return printAcl(argv[2]);
    std::string request;
    if (std::strcmp(argv[1], "status") == 0) {
        request = LocalProtocol::statusRequest();
    } else if (std::strcmp(argv[1], "end") == 0) {
        request = LocalProtocol::endSessionRequest();
    } else if (std::strcmp(argv[1], "activate") == 0) {
        std::string code, link;
        std::getline(std::cin, code);
        std::getline(std::cin, link);
        while (!code.empty() && (code.back() == '\r' || code.back() == '\n')) code.pop_back();
        while (!link.empty() && (link.back() == '\r' || link.back() == '\n')) link.pop_back();
        request = LocalProtocol::activateRequest(code, link, Language::English);
    } else {
        std::fprintf(stderr, "unknown command %s\n", argv[1]);
        return 2;
    }
    std::string reply;
    if (!win32::PipeClient::call(request, reply, 3000)) {
        std::fprintf(stderr, "the AdHoc Support service is not reachable\n");
        return 1;
    }
    std::printf("%s\n", reply.c_str());
    return 0;
}
