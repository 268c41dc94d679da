// SelfRemover: uninstalls the product from the running service. A service cannot wait
// for its own uninstall (msiexec stops it), so it starts a detached
// "msiexec.exe /x {ProductCode} /qn" and returns; msiexec then stops and deletes the
// service, runs "--cleanup" and removes the files.
#pragma once

#include <string>

namespace adhoc::win32 {

class SelfRemover {
public:
    static bool startUninstall(const std::string& productCode);
};

}  // namespace adhoc::win32
